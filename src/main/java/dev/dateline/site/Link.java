package dev.dateline.site;

/**
 * A link to another page of the site, by its site-relative URL ({@code tags/csto/}; {@code ""} is
 * the home page). Rendering turns it into a path relative to the page it appears on.
 *
 * @param count how many articles are behind the link, or -1 where no count is shown
 */
public record Link(String label, String url, int count) {

  public static Link to(String label, String url) {
    return new Link(label, url, -1);
  }
}
