package dev.dateline.tags;

/** A curated tag file that cannot be used; the message names the file, the key and the fix. */
public final class TagRulesException extends RuntimeException {
  public TagRulesException(String message) {
    super(message);
  }
}
