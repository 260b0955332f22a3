package dev.dateline.publish;

/** The output folder cannot be used or swapped; the message says why and what to do. */
public final class PublishException extends RuntimeException {
  public PublishException(String message) {
    super(message);
  }

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
