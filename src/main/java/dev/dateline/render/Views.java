package dev.dateline.render;

import java.util.List;

/**
 * The records templates read. Every href in them is already relative to the page being rendered,
 * so templates never put paths together. Public only because Freemarker reads them by reflection.
 */
public final class Views {

  private Views() {}

  /** What every template gets: the site, the page, and the page's own content. */
  public record PageModel(SiteView site, PageView page, Object content) {}

  public record SiteView(String title, String lang, String homeHref, String tagsHref,
      String archiveHref, String stylesheetHref) {}

  public record PageView(String kind, String title, String description, String canonical,
      List<Anchor> breadcrumbs) {
    public PageView {
      breadcrumbs = List.copyOf(breadcrumbs);
    }
  }

  /** A link as a template writes it; {@code count} is -1 where none is shown. */
  public record Anchor(String label, String href, int count) {}

  public record PagerView(int number, int total, Anchor newer, Anchor older) {}

  public record TeaserView(String headline, String href, String dateIso, String dateText,
      String standfirst, String place) {}

  public record ListView(List<Anchor> children, List<TeaserView> items, PagerView pager) {}

  public record IndexView(List<Anchor> entries, PagerView pager) {}

  public record PhotoView(String caption, String credit) {}

  public record DatelineView(String raw, String place, String agency) {}

  public record ArticleView(String section, String headline, String standfirst, PhotoView photo,
      DatelineView dateline, String dateIso, String dateText, Anchor day, String bodyHtml,
      List<Anchor> tags, Anchor previous, Anchor next) {}

  public record TextView(String text) {}
}
