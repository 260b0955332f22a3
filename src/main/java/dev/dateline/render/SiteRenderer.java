package dev.dateline.render;

import dev.dateline.article.Article;
import dev.dateline.article.Photo;
import dev.dateline.config.SiteConfig;
import dev.dateline.render.Views.Anchor;
import dev.dateline.render.Views.ArticleView;
import dev.dateline.render.Views.DatelineView;
import dev.dateline.render.Views.IndexView;
import dev.dateline.render.Views.ListView;
import dev.dateline.render.Views.PageModel;
import dev.dateline.render.Views.PageView;
import dev.dateline.render.Views.PagerView;
import dev.dateline.render.Views.PhotoView;
import dev.dateline.render.Views.SiteView;
import dev.dateline.render.Views.TeaserView;
import dev.dateline.render.Views.TextView;
import dev.dateline.site.Link;
import dev.dateline.site.Page;
import dev.dateline.site.PageContent;
import dev.dateline.site.PageContent.ArticleContent;
import dev.dateline.site.PageContent.IndexContent;
import dev.dateline.site.PageContent.ListContent;
import dev.dateline.site.PageContent.TextContent;
import dev.dateline.site.PageKind;
import dev.dateline.site.Pager;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders pages to bytes through the user's templates. Built once per run and shared by the
 * rendering threads.
 */
public final class SiteRenderer {

  public static final String STYLESHEET = "assets/style.css";

  private final SiteConfig config;
  private final Templates templates;
  private final BodyHtml bodyHtml = new BodyHtml();

  public SiteRenderer(SiteConfig config, Path templatesFolder) {
    this.config = config;
    try {
      this.templates = new Templates(templatesFolder, config.locale());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RenderedFile render(Page page) {
    String from = page.kind() == PageKind.NOT_FOUND ? null : page.url();
    PageModel model = new PageModel(siteView(from), pageView(page, from),
        content(page.content(), from));
    String name = page.kind().templateName();
    try {
      String html = templates.render(name, model);
      return new RenderedFile(page.outputPath(), html.getBytes(StandardCharsets.UTF_8));
    } catch (ParseException e) {
      throw syntaxError(e);
    } catch (TemplateException e) {
      throw new RenderException(e.getTemplateSourceName() + ":" + e.getLineNumber() + ":"
          + e.getColumnNumber() + ": template error while rendering " + page.outputPath() + ": "
          + e.getMessageWithoutStackTop().lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      // Threads asking for a template that failed to parse in another thread get this wrapper.
      if (e.getCause() instanceof ParseException syntax) {
        throw syntaxError(syntax);
      }
      throw new RenderException(name + ": cannot read template: " + e.getMessage(), e);
    }
  }

  private static RenderException syntaxError(ParseException e) {
    return new RenderException(e.getTemplateName() + ":" + e.getLineNumber() + ":"
        + e.getColumnNumber() + ": template syntax error: " + e.getEditorMessage(), e);
  }

  /** A link target as seen from the page at {@code from}; null {@code from} means absolute. */
  private String href(String from, String url) {
    return from == null ? config.absolute(url) : RelativeUrls.href(from, url);
  }

  private Anchor anchor(String from, Link link) {
    return link == null ? null : new Anchor(link.label(), href(from, link.url()), link.count());
  }

  private List<Anchor> anchors(String from, List<Link> links) {
    return links.stream().map(l -> anchor(from, l)).toList();
  }

  private SiteView siteView(String from) {
    String css = from == null ? config.absolute(STYLESHEET) : RelativeUrls.file(from, STYLESHEET);
    return new SiteView(config.title(), config.language(), href(from, ""), href(from, "tags/"),
        href(from, "archive/"), css);
  }

  private PageView pageView(Page page, String from) {
    String canonical = page.kind() == PageKind.NOT_FOUND ? null : config.absolute(page.url());
    return new PageView(page.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        page.title(), page.description(), canonical, anchors(from, page.breadcrumbs()));
  }

  private Object content(PageContent content, String from) {
    if (content instanceof ArticleContent a) {
      return articleView(a, from);
    } else if (content instanceof ListContent l) {
      List<TeaserView> items = l.items().stream().map(t -> new TeaserView(t.headline(),
          href(from, t.url()), t.date() == null ? null : t.date().toString(), t.dateText(),
          t.standfirst(), t.place())).toList();
      return new ListView(anchors(from, l.children()), items, pagerView(l.pager(), from));
    } else if (content instanceof IndexContent i) {
      return new IndexView(anchors(from, i.entries()), pagerView(i.pager(), from));
    } else if (content instanceof TextContent t) {
      return new TextView(t.text());
    }
    throw new IllegalArgumentException("unknown content " + content);
  }

  private PagerView pagerView(Pager pager, String from) {
    return new PagerView(pager.number(), pager.total(), anchor(from, pager.newer()),
        anchor(from, pager.older()));
  }

  private ArticleView articleView(ArticleContent content, String from) {
    Article a = content.article();
    Photo p = a.photo();
    PhotoView photo = p == null || (p.caption() == null && p.credit() == null) ? null
        : new PhotoView(p.caption(), p.credit());
    DatelineView dateline = a.dateline() == null ? null
        : new DatelineView(a.dateline().raw(), a.dateline().place(), a.dateline().agency());
    return new ArticleView(a.section(), a.headline(), a.standfirst(), photo, dateline,
        a.date() == null ? null : a.date().toString(), content.dateText(),
        anchor(from, content.day()), bodyHtml.render(a.source(), a.body()),
        anchors(from, content.tags()), anchor(from, content.previous()),
        anchor(from, content.next()));
  }
}
