package dev.dateline.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of changes an in-place commit is making to a published site, written before the first
 * of them, so that a commit cut short can be undone: for each path, whether the commit replaces
 * (or adds) or removes the file, and whether a file was published there before. The published
 * version of every such file is kept in the rollback folder until the commit is done.
 */
final class Journal {

  private static final int MAGIC = 0x444c4a4e; // "DLJN"

  /** One changed path of the site; {@code existed} is whether the site had a file there. */
  record Change(String path, boolean remove, boolean existed) {}

  private Journal() {}

  /** Writes the journal in one rename and flushes it to the disk before returning. */
  static void write(Path file, List<Change> changes) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      OutputStream stream = Channels.newOutputStream(channel);
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
      out.writeInt(MAGIC);
      out.writeInt(changes.size());
      for (Change change : changes) {
        out.writeUTF(change.path());
        out.writeBoolean(change.remove());
        out.writeBoolean(change.existed());
      }
      out.writeInt(MAGIC);
      out.flush();
      channel.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The changes in {@code file}.
   *
   * @throws IOException when the file is not a whole journal written by Dateline
   */
  static List<Change> read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not a Dateline journal");
      }
      int count = in.readInt();
      List<Change> changes = new ArrayList<>(Math.min(count, 1 << 16));
      for (int i = 0; i < count; i++) {
        changes.add(new Change(in.readUTF(), in.readBoolean(), in.readBoolean()));
      }
      if (in.readInt() != MAGIC) {
        throw new IOException("the journal is cut short");
      }
      return changes;
    }
  }
}
