package dev.dateline.render;

/** A template could not be rendered; the message names the template, line and column. */
public final class RenderException extends RuntimeException {
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
