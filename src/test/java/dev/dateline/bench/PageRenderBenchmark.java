package dev.dateline.bench;

import dev.dateline.config.SiteConfig;
import dev.dateline.render.RenderedFile;
import dev.dateline.render.SiteRenderer;
import dev.dateline.site.Page;
import dev.dateline.site.PageKind;
import dev.dateline.site.Site;
import dev.dateline.site.SiteModel;
import dev.dateline.slug.Slugger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering pages through the default templates, one page per call, cycling through the pages of
 * a 2,000-article site: article pages (body to HTML, links), list pages (50 teasers), the pages of
 * the tag index (entries with counts) and the Atom feeds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class PageRenderBenchmark {

  private SiteRenderer renderer;
  private List<Page> articlePages;
  private List<Page> listPages;
  private List<Page> tagIndexPages;
  private List<Page> atomFeeds;
  private int next;

  @Setup
  public void setUp() {
    SiteConfig config = SiteConfig.defaults();
    Site site = new SiteModel(config, new Slugger()).build(SyntheticArchive.parsed(2_000));
    renderer = new SiteRenderer(config, Path.of("templates"));
    articlePages = site.pages().stream().filter(p -> p.kind() == PageKind.ARTICLE).toList();
    listPages = site.pages().stream()
        .filter(p -> p.kind() != PageKind.ARTICLE && p.kind() != PageKind.NOT_FOUND).toList();
    tagIndexPages = site.pages().stream().filter(p -> p.kind() == PageKind.TAG_INDEX).toList();
    atomFeeds = site.pages().stream().filter(p -> p.kind() == PageKind.ATOM_FEED).toList();
  }

  @Benchmark
  public RenderedFile articlePage() {
    return renderer.render(articlePages.get(next++ % articlePages.size()));
  }

  @Benchmark
  public RenderedFile listPage() {
    return renderer.render(listPages.get(next++ % listPages.size()));
  }

  @Benchmark
  public RenderedFile tagIndexPage() {
    return renderer.render(tagIndexPages.get(next++ % tagIndexPages.size()));
  }

  @Benchmark
  public RenderedFile atomFeed() {
    return renderer.render(atomFeeds.get(next++ % atomFeeds.size()));
  }
}
