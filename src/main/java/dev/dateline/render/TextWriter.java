package dev.dateline.render;

import java.io.Writer;

/**
 * A writer into a {@link StringBuilder}: {@link java.io.StringWriter} without the lock taken on
 * every write, which templates pay for each escaped run of text they print.
 */
final class TextWriter extends Writer {

  private final StringBuilder text;

  TextWriter(int capacity) {
    this.text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string) {
    text.append(string);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    return this;
  }

  @Override
  public Writer append(CharSequence chars, int start, int end) {
    text.append(chars, start, end);
    return this;
  }

  @Override
  public Writer append(char c) {
    text.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
