package dev.dateline.render;

/**
 * Links between pages as paths relative to the linking page, always ending in a file name, so the
 * site works opened from disk, from a local server and under any sub-path.
 */
final class RelativeUrls {

  private RelativeUrls() {}

  /** The href from the page at folder {@code fromUrl} to the page at folder {@code toUrl}. */
  static String href(String fromUrl, String toUrl) {
    return up(fromUrl) + toUrl + "index.html";
  }

  /** The href from the page at folder {@code fromUrl} to a file at site path {@code path}. */
  static String file(String fromUrl, String path) {
    return up(fromUrl) + path;
  }

  private static String up(String fromUrl) {
    int depth = 0;
    for (int i = 0; i < fromUrl.length(); i++) {
      if (fromUrl.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }
}
