package dev.dateline.build;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: its size, modification time and
 * identity (device and inode where the system has them). A file whose stamp is as it was when
 * its bytes were read still has those bytes, unless someone set its time back on purpose.
 */
record FileStamp(long size, long modifiedNanos, String identity) {

  static FileStamp of(BasicFileAttributes attributes) {
    Object key = attributes.fileKey();
    return new FileStamp(attributes.size(),
        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? "" : key.toString());
  }

  // Written out: a record's generated equals is slow in a cold JVM, and a rebuild compares a
  // hundred thousand stamps.
  @Override
  public boolean equals(Object other) {
    return other instanceof FileStamp that && size == that.size
        && modifiedNanos == that.modifiedNanos && identity.equals(that.identity);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 * 31 + Long.hashCode(modifiedNanos) * 31
        + identity.hashCode();
  }
}
