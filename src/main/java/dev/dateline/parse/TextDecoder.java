package dev.dateline.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Bytes to lines: strict UTF-8 with an optional byte-order mark, any of CRLF, LF and CR. A file
 * that is empty, binary or not UTF-8 gives a message instead, naming where it went wrong.
 */
final class TextDecoder {

  /**
   * Either {@code lines} or {@code error} is set; {@code errorLine} is 1-based, 0 for the file.
   * {@code asWritten} marks the lines that {@link Text#clean} leaves as they are: printable ASCII
   * without outer or repeated spaces, as nearly every line is.
   */
  record Decoded(List<String> lines, BitSet asWritten, String error, int errorLine) {
    boolean failed() {
      return error != null;
    }
  }

  /**
   * One pass over the bytes finds the line breaks and tells lines of plain ASCII, which are
   * copied as they are, from the others, which are decoded from UTF-8 (a line break byte is
   * never inside a UTF-8 character). The JDK's decoding replaces every malformed sequence with
   * U+FFFD: only a line holding one needs the strict search that names the offending byte, and a
   * NUL byte anywhere sends the file to that search too.
   */
  Decoded decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return failure("the file is empty; an article needs a headline and a body", 0);
    }
    int start = hasBom(bytes) ? 3 : 0;
    int n = bytes.length;
    List<String> lines = new ArrayList<>();
    BitSet asWritten = new BitSet();
    boolean malformed = false;
    int i = start;
    while (i < n) {
      int lineStart = i;
      // Printable ASCII, a space only after another character: the test is rarely true, so the
      // loop runs without mispredicted branches (b | previous is a space only for two spaces).
      int previous = ' ';
      int b = 0;
      while (i < n) {
        b = bytes[i];
        if (b < ' ' || b > '~' || (b | previous) == ' ') {
          break;
        }
        previous = b;
        i++;
      }
      boolean plain = i == n || b == '\n' || b == '\r';
      while (i < n) {
        b = bytes[i];
        if (b == '\n' || b == '\r') {
          break;
        }
        if (b == 0) {
          return byteFailure(bytes, start);
        }
        i++;
      }
      if (plain && (i == lineStart || bytes[i - 1] != ' ')) {
        asWritten.set(lines.size());
        lines.add(new String(bytes, lineStart, i - lineStart, StandardCharsets.ISO_8859_1));
      } else {
        String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
        malformed |= line.indexOf('\uFFFD') >= 0;
        lines.add(line);
      }
      if (i + 1 < n && bytes[i] == '\r' && bytes[i + 1] == '\n') {
        i++;
      }
      i++;
    }
    if (malformed) {
      Decoded failure = byteFailure(bytes, start);
      if (failure != null) {
        return failure;
      }
    }
    if (allBlank(lines)) {
      return failure("the file is empty (only blank lines); an article needs a headline and a body",
          0);
    }
    return new Decoded(lines, asWritten, null, 0);
  }

  /** The NUL byte or the malformed UTF-8 in {@code bytes}, or {@code null} when there is none. */
  private static Decoded byteFailure(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return failure("not a text file (NUL byte at byte " + i
            + "); an article is a UTF-8 text file", lineOfByte(bytes, i));
      }
    }
    int invalid = invalidUtf8At(bytes, start);
    if (invalid >= 0) {
      return failure("not valid UTF-8 at byte " + invalid + "; save the file as UTF-8",
          lineOfByte(bytes, invalid));
    }
    return null;
  }

  private static boolean allBlank(List<String> lines) {
    for (String line : lines) {
      if (!Text.normaliseSpaces(line).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Offset of the first byte of the first malformed sequence, or -1: the same place a strict
   * {@code CharsetDecoder} reports, found without decoding (the JDK's decoding of valid text is
   * much faster than a reporting decoder).
   */
  static int invalidUtf8At(byte[] b, int from) {
    int n = b.length;
    int i = from;
    while (i < n) {
      int lead = b[i];
      if (lead >= 0) {
        i++;
        continue;
      }
      lead &= 0xFF;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (i + 1 >= n || (b[i + 1] & 0xFF) < low || (b[i + 1] & 0xFF) > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if (i + k >= n || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  private static Decoded failure(String message, int line) {
    return new Decoded(List.of(), new BitSet(), message, line);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static int lineOfByte(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
