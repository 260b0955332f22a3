package dev.dateline.parse;

import java.util.ArrayList;
import java.util.List;

/** The non-blank lines of a text, read front to back; blank lines only separate blocks. */
final class LineCursor {

  private final List<Line> lines;
  private int position;
  private int end;

  private LineCursor(List<Line> lines) {
    this.lines = lines;
    this.end = lines.size();
  }

  /**
   * The lines of a decoded file from index {@code from} on; index {@code i} is file line
   * {@code i + 1}.
   */
  static LineCursor of(TextDecoder.Decoded decoded, int from) {
    List<String> rawLines = decoded.lines();
    List<Line> lines = new ArrayList<>(rawLines.size() - from);
    int block = 0;
    boolean previousBlank = true;
    for (int i = from; i < rawLines.size(); i++) {
      String raw = rawLines.get(i);
      boolean asWritten = decoded.asWritten().get(i);
      String text = asWritten ? raw : Text.clean(raw);
      if (text.isEmpty()) {
        if (!previousBlank) {
          block++;
        }
        previousBlank = true;
        continue;
      }
      previousBlank = false;
      lines.add(new Line(i + 1, text, !asWritten && Text.opensWithSpace(raw), block));
    }
    return new LineCursor(lines);
  }

  boolean atEnd() {
    return position >= end;
  }

  Line peek() {
    return lines.get(position);
  }

  Line next() {
    return lines.get(position++);
  }

  int position() {
    return position;
  }

  void moveTo(int newPosition) {
    position = newPosition;
  }

  int end() {
    return end;
  }

  Line at(int index) {
    return lines.get(index);
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  /** Stops reading before line {@code index}: the lines from there belong elsewhere. */
  void endAt(int index) {
    end = index;
  }

  List<Line> range(int from, int to) {
    return lines.subList(from, to);
  }
}
