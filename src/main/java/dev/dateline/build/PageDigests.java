package dev.dateline.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest of every page the last published build rendered, by output path, with the
 * fingerprint of what else shaped the pages (templates, assets, configuration, Dateline). A page
 * whose digest and fingerprint are the same as last time would render to the same bytes, so its
 * published file can be kept instead.
 */
final class PageDigests {

  private static final int MAGIC = 0x444c5047; // "DLPG"

  private final String fingerprint;
  private final Map<String, String> digests;

  PageDigests(String fingerprint, Map<String, String> digests) {
    this.fingerprint = fingerprint;
    this.digests = digests;
  }

  static PageDigests none(String fingerprint) {
    return new PageDigests(fingerprint, Map.of());
  }

  /** The digests saved in {@code file}; none when it is missing, damaged or of another version. */
  static PageDigests read(Path file, String fingerprint) {
    if (!Files.isRegularFile(file)) {
      return none(fingerprint);
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(fingerprint)) {
        return none(fingerprint);
      }
      int count = in.readInt();
      Map<String, String> digests = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        digests.put(in.readUTF(), in.readUTF());
      }
      return new PageDigests(fingerprint, digests);
    } catch (IOException | RuntimeException e) {
      return none(fingerprint);
    }
  }

  /** Whether the page at {@code path} had exactly this digest in the last build. */
  boolean unchanged(String path, String digest) {
    return digest.equals(digests.get(path));
  }

  /** The output paths of the pages of the last build. */
  java.util.Set<String> paths() {
    return digests.keySet();
  }

  int size() {
    return digests.size();
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(temp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeUTF(fingerprint);
      out.writeInt(digests.size());
      for (Map.Entry<String, String> entry : new TreeMap<>(digests).entrySet()) {
        out.writeUTF(entry.getKey());
        out.writeUTF(entry.getValue());
      }
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
