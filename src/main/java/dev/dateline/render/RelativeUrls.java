package dev.dateline.render;

/**
 * Links between pages as paths relative to the linking page, always ending in a file name, so the
 * site works opened from disk, from a local server and under any sub-path.
 */
final class RelativeUrls {

  private RelativeUrls() {}

  /**
   * The way up from the page at folder {@code fromUrl} to the site's root, "../" per level: an
   * href is this, then the target's site path, then "index.html" for a page.
   */
  static String up(String fromUrl) {
    int depth = 0;
    for (int i = 0; i < fromUrl.length(); i++) {
      if (fromUrl.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }
}
