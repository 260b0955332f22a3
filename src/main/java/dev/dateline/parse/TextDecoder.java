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
    // Read as Latin-1, each char is one byte: the line breaks and NUL bytes are found by the
    // JDK's fast searches, and each line is then decoded on its own, so that a line of ASCII
    // costs a copy and only lines with other characters are decoded character by character.
    // UTF-8 never puts a line break byte inside a character.
    String bytesAsChars =
        new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
    if (bytesAsChars.indexOf('\0') >= 0) {
      return byteFailure(bytes, start);
    }
    List<String> lines = splitLines(bytes, start, bytesAsChars);
    // The JDK's decoding replaces every malformed sequence with U+FFFD: only a text holding one
    // needs the byte-wise search that names the offending byte.
    for (String line : lines) {
      if (line.indexOf('\uFFFD') >= 0) {
        Decoded failure = byteFailure(bytes, start);
        if (failure != null) {
          return failure;
        }
        break;
      }
    }
    if (allBlank(lines)) {
      return failure("the file is empty (only blank lines); an article needs a headline and a body",
          0);
    }
    return new Decoded(lines, null, 0);
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

  /**
   * Lines without their endings, each decoded from UTF-8; a final line ending opens no empty
   * line. {@code bytesAsChars} holds the bytes from {@code start}, one char each.
   */
  private static List<String> splitLines(byte[] bytes, int start, String bytesAsChars) {
    List<String> lines = new ArrayList<>();
    int n = bytesAsChars.length();
    int nextLf = bytesAsChars.indexOf('\n');
    int nextCr = bytesAsChars.indexOf('\r');
    int lineStart = 0;
    while (nextLf >= 0 || nextCr >= 0) {
      int end = nextCr < 0 || (nextLf >= 0 && nextLf < nextCr) ? nextLf : nextCr;
      lines.add(new String(bytes, start + lineStart, end - lineStart, StandardCharsets.UTF_8));
      lineStart = end + 1;
      if (end == nextCr && lineStart < n && bytesAsChars.charAt(lineStart) == '\n') {
        lineStart++;
      }
      if (nextLf >= 0 && nextLf < lineStart) {
        nextLf = bytesAsChars.indexOf('\n', lineStart);
      }
      if (nextCr >= 0 && nextCr < lineStart) {
        nextCr = bytesAsChars.indexOf('\r', lineStart);
      }
    }
    if (lineStart < n) {
      lines.add(new String(bytes, start + lineStart, n - lineStart, StandardCharsets.UTF_8));
    }
    return lines;
  }
}
