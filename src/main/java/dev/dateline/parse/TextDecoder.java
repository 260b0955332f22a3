package dev.dateline.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      return failure("not valid UTF-8 at byte " + offset + "; save the file as UTF-8",
          lineOfByte(bytes, offset));
    }
    out.flip();
    List<String> lines = splitLines(out.toString());
    if (lines.stream().allMatch(l -> Text.normaliseSpaces(l).isBlank())) {
      return failure("the file is empty (only blank lines); an article needs a headline and a body",
          0);
    }
    return new Decoded(lines, null, 0);
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
