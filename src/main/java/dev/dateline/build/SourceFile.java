package dev.dateline.build;

import java.nio.file.Path;

/**
 * An article file found in the content folder.
 *
 * @param source how the file is named in records and messages: the content folder as given,
 *     then the path inside it, with '/' separators ({@code content/2019/09/x.txt})
 */
record SourceFile(String source, Path path) {}
