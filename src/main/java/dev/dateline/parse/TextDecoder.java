package dev.dateline.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to lines: strict UTF-8 with an optional byte-order mark, any of CRLF, LF and CR. A file
 * that is empty, binary or not UTF-8 gives a message instead, naming where it went wrong.
 */
final class TextDecoder {

  /** Either {@code lines} or {@code error} is set; {@code errorLine} is 1-based, 0 for the file. */
  record Decoded(List<String> lines, String error, int errorLine) {
    boolean failed() {
      return error != null;
    }
  }

  Decoded decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return failure("the file is empty; an article needs a headline and a body", 0);
    }
    int start = hasBom(bytes) ? 3 : 0;
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
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    List<String> lines = splitLines(text);
    if (lines.stream().allMatch(l -> Text.normaliseSpaces(l).isBlank())) {
      return failure("the file is empty (only blank lines); an article needs a headline and a body",
          0);
    }
    return new Decoded(lines, null, 0);
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
    return new Decoded(List.of(), message, line);
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

  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(lineStart, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    if (lineStart < n) {
      lines.add(text.substring(lineStart, n));
    }
    return lines;
  }
}
