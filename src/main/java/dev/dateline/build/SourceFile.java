package dev.dateline.build;

import java.nio.file.Path;

/**
 * An article file found in the content folder.
 *
 * @param source how the file is named in records and messages: the content folder as given,
 *     then the path inside it, with '/' separators ({@code content/2019/09/x.txt})
 * @param stamp the file's size, time and identity when it was found, or null when not known
 */
record SourceFile(String source, Path path, FileStamp stamp) {

  SourceFile(String source, Path path) {
    this(source, path, null);
  }
}
