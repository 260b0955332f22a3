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

  /** {@code rawLines.get(i)} is file line {@code firstLineNumber + i}; line endings already removed. */
  static LineCursor of(List<String> rawLines, int firstLineNumber) {
    List<Line> lines = new ArrayList<>();
    int block = 0;
    boolean previousBlank = true;
    for (int i = 0; i < rawLines.size(); i++) {
      String raw = rawLines.get(i);
      String text = Text.clean(raw);
      if (text.isEmpty()) {
        if (!previousBlank) {
          block++;
        }
        previousBlank = true;
        continue;
      }
      previousBlank = false;
      lines.add(new Line(firstLineNumber + i, text, Text.opensWithSpace(raw), block));
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
