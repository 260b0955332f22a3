package dev.dateline.config;

/** A configuration file or flag that cannot be used; the message says where and what is allowed. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
