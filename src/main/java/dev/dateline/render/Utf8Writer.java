package dev.dateline.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes what templates print straight into UTF-8 bytes, in a buffer kept from one
 * page to the next: no lock per write as in {@link java.io.StringWriter}, and no text held as
 * characters, copied into a String and encoded again. Encodes as {@link String#getBytes} with
 * UTF-8 does, including a lone surrogate becoming "?". Not thread-safe.
 */
final class Utf8Writer extends Writer {

  /** The length from which a string is encoded by the JDK rather than character by character. */
  private static final int LONG_TEXT = 256;

  private byte[] bytes = new byte[32 * 1024];
  private int size;
  /** A high surrogate written last, waiting for the low surrogate that completes it. */
  private char highSurrogate;

  /** The bytes written since the last call, and an empty writer for the next page. */
  byte[] takeBytes() {
    if (highSurrogate != 0) {
      bytes[size++] = '?';
      highSurrogate = 0;
    }
    byte[] written = Arrays.copyOf(bytes, size);
    size = 0;
    return written;
  }

  /** Forgets what was written, as after a page that failed. */
  void clear() {
    size = 0;
    highSurrogate = 0;
  }

  @Override
  public void write(int c) {
    room(4);
    put((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    room(3 * length + 1);
    byte[] out = bytes;
    int at = size;
    int end = offset + length;
    int i = offset;
    // ASCII, nearly all of a page, without the checks of the general case.
    if (highSurrogate == 0) {
      while (i < end && chars[i] < 0x80) {
        out[at++] = (byte) chars[i++];
      }
    }
    size = at;
    for (; i < end; i++) {
      put(chars[i]);
    }
  }

  @Override
  public void write(String text) {
    int length = text.length();
    if (length >= LONG_TEXT && highSurrogate == 0
        && !Character.isHighSurrogate(text.charAt(length - 1))) {
      // An article body: the JDK's encoder checks and copies whole runs of ASCII at once.
      byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
      room(encoded.length);
      System.arraycopy(encoded, 0, bytes, size, encoded.length);
      size += encoded.length;
    } else {
      write(text, 0, length);
    }
  }

  @Override
  public void write(String text, int offset, int length) {
    room(3 * length + 1);
    byte[] out = bytes;
    int at = size;
    int end = offset + length;
    int i = offset;
    if (highSurrogate == 0) {
      char c;
      while (i < end && (c = text.charAt(i)) < 0x80) {
        out[at++] = (byte) c;
        i++;
      }
    }
    size = at;
    for (; i < end; i++) {
      put(text.charAt(i));
    }
  }

  @Override
  public Writer append(CharSequence chars) {
    String text = String.valueOf(chars);
    write(text, 0, text.length());
    return this;
  }

  @Override
  public Writer append(CharSequence chars, int start, int end) {
    String text = String.valueOf(chars);
    write(text, start, end - start);
    return this;
  }

  @Override
  public Writer append(char c) {
    write(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Encodes one character; {@link #room} has been made for it. */
  private void put(char c) {
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        int codePoint = Character.toCodePoint(high, c);
        bytes[size++] = (byte) (0xF0 | codePoint >> 18);
        bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
        return;
      }
      bytes[size++] = '?';
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | c >> 6);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | c >> 12);
      bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    }
  }

  /** Makes room for {@code more} bytes. */
  private void room(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
