package dev.dateline.build;

import dev.dateline.article.Article;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import dev.dateline.config.ConfigException;
import dev.dateline.config.SiteConfig;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import dev.dateline.publish.SiteWriter;
import dev.dateline.render.RenderedFile;
import dev.dateline.render.SiteRenderer;
import dev.dateline.site.Page;
import dev.dateline.site.Site;
import dev.dateline.site.SiteModel;
import dev.dateline.slug.Slugger;
import dev.dateline.tags.TagRules;
import dev.dateline.tags.TagRulesException;
import dev.dateline.tags.TagRulesLoader;
import dev.dateline.tags.Tagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The build, phase by phase: load → parse → model → render → publish. Problems from every phase
 * are collected into the report; only a failure that makes the whole site wrong (configuration,
 * templates, the output folder) stops the build, and then nothing is published.
 *
 * <p>Builds are incremental through {@code .dateline-cache/} beside the output folder: a file
 * whose bytes were parsed before is not parsed again, and a page whose digest (its model, and the
 * body of its article) and fingerprint (templates, assets, configuration, Dateline) equal the last
 * build's is not rendered again; its published file is kept. The site model holds articles
 * without their bodies; a page that shows articles (an article page, a feed) reads their bodies
 * back from the cache when it is rendered.
 *
 * <p>A rebuild costs in proportion to what changed: a file whose size, time and inode are as the
 * last build saw them is not read again ({@link ParseCache#findUnchanged}); when the articles'
 * records without their bodies are the last build's, so is the site model, and only the pages
 * that show a body whose file changed are digested again ({@link PageChanges}), and they are
 * rendered from their models as the last build kept them ({@link PageModels}), so the site model
 * is not built at all and no record but those of the changed files is decoded; otherwise the
 * digest of an article or list entry shared by many pages is taken once ({@link ModelDigest});
 * and when the last build's digests vouch for the published site and few of its files change,
 * only those are written, and moved into the site in place ({@link SiteWriter#beginPatch()})
 * instead of staging a whole new site.
 */
public final class SiteBuild {

  /** The cache folder's name; it sits beside the output folder and is safe to delete. */
  public static final String CACHE_FOLDER = ".dateline-cache";

  /** Up to which share of the site, or number of files, a build changes the site in place. */
  private static final int IN_PLACE_SHARE_PERCENT = 5;
  private static final int IN_PLACE_MIN_FILES = 64;

  private final BuildOptions options;
  private final BuildProgress progress;
  private final PageArticles pageArticles = new PageArticles();

  private final Map<String, Duration> phases = new LinkedHashMap<>();

  public SiteBuild(BuildOptions options) {
    this(options, BuildProgress.NONE);
  }

  public SiteBuild(BuildOptions options, BuildProgress progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * One article file after the parse phase: its cache entry, or, when it could not be read,
   * {@code failure}, the result that says why; {@code unread} when its stamp found its entry.
   */
  private record Parsed(SourceFile file, ParseCache.Entry entry, ParseResult failure,
      boolean unread) {

    List<Problem> problems() {
      return entry != null ? entry.problems() : failure.problems();
    }

    /** Decodes the record: the site model needs it, a build that keeps the model does not. */
    ParseResult result() {
      return entry != null ? entry.result() : failure;
    }
  }

  /**
   * What the render phase works from: the changes to the published site, where each page's
   * model comes from ({@code null} when this build cannot make it), where the last build kept
   * each page's model ({@code -1}: nowhere; the render phase fills in those it keeps), and what
   * the site model reported.
   */
  private record Plan(PageChanges changes, IntFunction<Page> pages, long[] models, int articles,
      List<Problem> problems, boolean modelBuilt) {}

  /**
   * What the parse phase leaves for the later ones: every file parsed, by its name too, the cache
   * and parser that give their bodies back, and when the walk of the content started.
   */
  private record ParsePhase(List<Parsed> files, Map<String, Parsed> bySource, ParseCache cache,
      SourceParser sources, long walkedAt) {}

  /** What the render phase published: counts for the report, and the digests to save. */
  private record Published(SiteWriter.Publication publication, long rendered,
      PageDigests digests) {}

  public BuildReport run() throws IOException {
    SiteConfig config = options.config();
    new OutputGuard().check(options.out(), options.content(), options.templates());
    List<Problem> problems = new ArrayList<>();
    Path cacheFolder = cacheFolder(options.out());
    Fingerprints fingerprints = new Fingerprints();
    // Needs neither the content nor the model: made on another thread while they are.
    Background<Prepared> preparing = Background.start("dateline-prepare",
        () -> prepare(config, fingerprints, cacheFolder));

    long start = System.nanoTime();
    long walkedAt = nanosSinceEpoch();
    TagRules tagRules = tagRules(options.content());
    String parseFingerprint = fingerprints.parse(config, tagRules);
    // Its word lists take a while to load, and only files not parsed before need it.
    Background<Tagger> tagging = Background.start("dateline-tagger", () -> new Tagger(tagRules));
    // The cache reads its index in the background while the content is walked.
    try (ParseCache cache = ParseCache.open(cacheFolder, parseFingerprint)) {
      ContentLoader loader = new ContentLoader(options.maxFileSize());
      ContentLoader.Loaded loaded = loader.load(options.content(), options.contentShownAs());
      problems.addAll(loaded.problems());
      start = phase("load", start);

      ArticleParser parser = new ArticleParser(new ParserSettings(config.defaultYear()));
      SourceParser sources = new SourceParser(loader, (source, bytes) -> {
        ParseResult result = parser.parse(source, bytes);
        Tagger tagger = tagger(tagging);
        return new ParseResult(result.source(),
            result.article().map(a -> a.withTags(tagger.tag(a))), result.problems());
      });
      progress.start("parse", loaded.files().size());
      List<Parsed> parsed = loaded.files().parallelStream()
          .map(file -> parse(cache, sources, tagging, file))
          .toList();
      progress.finish();
      List<ParseCache.Entry> articleEntries = new ArrayList<>();
      Map<String, Parsed> bySource = new HashMap<>(parsed.size() * 2);
      for (Parsed p : parsed) {
        problems.addAll(p.problems());
        if (p.entry() != null && p.entry().hasArticle()) {
          articleEntries.add(p.entry());
        }
        bySource.put(p.file().source(), p);
      }
      ParsePhase parsing = new ParsePhase(parsed, bySource, cache, sources, walkedAt);
      start = phase("parse", start);

      Prepared prepared = preparing.result();
      PageDigests previous = prepared.previous();
      ModelInput input = ModelInput.of(parseFingerprint, articleEntries, previous.input());
      Function<Article, String> bodyKey = article -> bodyKey(bySource, article);
      // Opened on this thread, not while preparing: opening replaces a pack that is not the one
      // pages.idx names, and no thread of a build that has failed may go on writing the cache.
      try (PageModels models = PageModels.open(cacheFolder, previous.stored().packId())) {
        Plan plan = keptPlan(previous, input, models, prepared.renderFingerprint(), bodyKey);
        Published published = null;
        if (plan != null) {
          start = phase("model", start);
          start = phase("digest", start);
          published = render(plan, prepared, models, parsing, cacheFolder);
        }
        if (published == null) {
          plan = modelPlan(parsing, input, previous, models, prepared.renderFingerprint(),
              bodyKey, start);
          start = System.nanoTime();
          published = render(plan, prepared, models, parsing, cacheFolder);
        }
        start = phase("render", start);
        commit(published.publication());
        start = phase("publish", start);
        saveCaches(published.digests(), previous, models, parsing, cacheFolder);
        phase("cache", start);
        return report(plan, published, problems);
      }
    }
  }

  private static void commit(SiteWriter.Publication publication) {
    try {
      publication.commit();
    } catch (RuntimeException | Error e) {
      publication.abort();
      throw e;
    }
  }

  /**
   * The plan of a build whose site model is the last build's ({@link ModelInput}): the pages
   * that show a changed body are rendered from their models as the last build kept them
   * ({@link PageModels}), and every other page is kept; null when the model is not the last
   * one's, or a model needed is missing.
   */
  private static Plan keptPlan(PageDigests previous, ModelInput input, PageModels models,
      String renderFingerprint, Function<Article, String> bodyKey) {
    if (previous.size() == 0 || !previous.sameModel(input, previous.size())
        || previous.stored().packId() != models.id()) {
      return null;
    }
    int[] again = PageChanges.showingChangedBodies(previous, input);
    Map<Integer, Page> read = new HashMap<>();
    for (int i : again) {
      Page page = models.read(previous.model(i));
      if (page == null) {
        return null;
      }
      read.put(i, page);
    }
    PageChanges changes = PageChanges.ofBodies(read::get, again, input, renderFingerprint,
        previous, bodyKey);
    return new Plan(changes, i -> {
      Page page = read.get(i);
      return page == null && previous.model(i) >= 0 ? models.read(previous.model(i)) : page;
    }, previous.stored().models().clone(), previous.stored().articles(),
        previous.stored().problems(), false);
  }

  /**
   * The plan of a build that builds the site model: every record decoded, the model built, and
   * its pages compared with the last build's ({@link PageChanges#find}).
   */
  private Plan modelPlan(ParsePhase parsing, ModelInput input, PageDigests previous,
      PageModels models, String renderFingerprint, Function<Article, String> bodyKey,
      long start) {
    List<Article> articles = parsing.files().parallelStream()
        .map(parsed -> result(parsed, parsing.sources()))
        .flatMap(result -> result.article().stream()).toList();
    Site site = new SiteModel(options.config(), new Slugger()).build(articles);
    start = phase("model", start);

    List<Page> pages = site.pages();
    PageChanges changes = PageChanges.find(pages, articles, input, renderFingerprint, previous,
        bodyKey);
    // A page that is not rendered again keeps the model the last build kept of it.
    long[] kept = new long[pages.size()];
    boolean samePack = previous.stored().packId() == models.id();
    for (int i = 0; i < kept.length; i++) {
      int before = changes.changed()[i] || !samePack ? -1 : previous.indexOf(changes.paths()[i]);
      kept[i] = before < 0 ? -1 : previous.model(before);
    }
    phase("digest", start);
    return new Plan(changes, pages::get, kept, site.articles().size(), site.problems(), true);
  }

  /**
   * The file's record, decoded from the cache; should the cache not give it back, parsed again
   * from the file, as {@link #body} does for a body.
   */
  private static ParseResult result(Parsed parsed, SourceParser sources) {
    try {
      return parsed.result();
    } catch (IllegalStateException damaged) {
      ParseResult again = sources.parse(parsed.file());
      return new ParseResult(again.source(),
          again.article().map(article -> article.withBody(List.of())), again.problems());
    }
  }

  /**
   * Renders the pages {@code plan} says changed, and those whose published file is missing, into
   * a publication not yet committed; null when one of them has no model in the plan, and then
   * nothing is published and the site model must be built.
   */
  private Published render(Plan plan, Prepared prepared, PageModels models,
      ParsePhase parsing, Path cacheFolder) throws IOException {
    PageChanges changes = plan.changes();
    String[] paths = changes.paths();
    long[] stored = plan.models();
    PageDigests previous = prepared.previous();
    PageDigests.Bodies bodies = changes.digests().bodies();
    SiteWriter writer = new SiteWriter(options.out());
    SiteWriter.Publication publication = inPlace(previous, changes.count(), paths.length)
        ? writer.beginPatch() : writer.begin();
    try {
      boolean[] rendering = changes.changed().clone();
      IntStream.range(0, paths.length).parallel()
          .filter(i -> !rendering[i] && !publication.keep(paths[i]))
          .forEach(i -> rendering[i] = true);
      // Without the site model, every page to render must have its model read back first.
      Page[] readBack = new Page[paths.length];
      if (!plan.modelBuilt()) {
        for (int i = 0; i < paths.length; i++) {
          readBack[i] = rendering[i] ? plan.pages().apply(i) : null;
          if (rendering[i] && readBack[i] == null) {
            publication.abort();
            return null;
          }
        }
      }
      AtomicLong rendered = new AtomicLong();
      SiteRenderer renderer = prepared.renderer();
      progress.start("render", paths.length);
      IntStream.range(0, paths.length).parallel().forEach(i -> {
        // A page that shows bodies and has no kept model gets one, rendered again or not.
        boolean keeping = plan.modelBuilt() && stored[i] < 0 && bodies.showsAny(i);
        if (rendering[i] || keeping) {
          Page page = readBack[i] != null ? readBack[i] : plan.pages().apply(i);
          if (rendering[i]) {
            RenderedFile file = renderer.render(withBodies(page, parsing));
            publication.write(file.path(), file.bytes());
            rendered.incrementAndGet();
          }
          if (keeping) {
            stored[i] = models.append(page);
          }
        }
        progress.step();
      });
      progress.finish();
      changes.removed().forEach(publication::remove);
      copyAssets(publication);
      PageDigests digests = changes.digests().with(new PageDigests.Stored(models.id(), stored,
          models.packedSince(previous.stored()), plan.articles(), plan.problems()));
      // The digests describe the published site: a build that stops between the first change
      // to the site and writing the new ones must not leave the old ones to vouch for it,
      // unless they are the new ones.
      if (!digests.sameAs(previous)) {
        Files.deleteIfExists(pagesFile(cacheFolder));
      }
      return new Published(publication, rendered.get(), digests);
    } catch (RuntimeException | IOException | Error e) {
      progress.finish();
      publication.abort();
      throw e;
    }
  }

  /**
   * Saves what the next build starts from: the page digests (with the pack of page models
   * compacted when it is mostly garbage), and the parse cache.
   */
  private static void saveCaches(PageDigests digests, PageDigests previous, PageModels models,
      ParsePhase parsing, Path cacheFolder) throws IOException {
    boolean digestsSaved = digests.sameAs(previous);
    Background<Void> digestsWritten = Background.start("dateline-page-digests", () -> {
      if (!digestsSaved) {
        digests.with(models.compactedIfSparse(digests.stored())).write(pagesFile(cacheFolder));
      }
      return null;
    });
    try {
      List<Parsed> parsed = parsing.files();
      parsing.cache().save(parsed.stream().map(Parsed::entry).filter(e -> e != null).toList(),
          parsed.stream().filter(p -> p.entry() != null)
              .map(p -> new ParseCache.Seen(p.file(), p.entry().key(), p.unread())).toList(),
          parsing.walkedAt());
    } finally {
      digestsWritten.result();
    }
  }

  private BuildReport report(Plan plan, Published published, List<Problem> problems) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(plan.problems());
    boolean rejected = all.stream().anyMatch(Problem::isError);
    ExitCode exit = rejected || (options.strict() && !all.isEmpty()) ? ExitCode.CONTENT_PROBLEMS
        : ExitCode.OK;
    SiteWriter.Publication publication = published.publication();
    return new BuildReport(plan.articles(), plan.changes().paths().length, published.rendered(),
        plan.changes().digested(), plan.modelBuilt(), publication.filesWritten(),
        publication.filesUnchanged(), publication.bytes(), phases, all, true, exit);
  }

  /**
   * What the digest and render phases start from: the fingerprint of the templates and
   * configuration, the last build's digests under it, and the renderer.
   */
  private record Prepared(String renderFingerprint, PageDigests previous,
      SiteRenderer renderer) {}

  private Prepared prepare(SiteConfig config, Fingerprints fingerprints, Path cacheFolder)
      throws IOException {
    String fingerprint = fingerprints.render(config, options.templates());
    return new Prepared(fingerprint, PageDigests.read(pagesFile(cacheFolder), fingerprint),
        new SiteRenderer(config, options.templates()));
  }

  /** Where the cache of the build into {@code out} lives: {@code .dateline-cache/<out's name>/}. */
  static Path cacheFolder(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    return absolute.resolveSibling(CACHE_FOLDER).resolve(absolute.getFileName().toString());
  }

  private static Path pagesFile(Path cacheFolder) {
    return cacheFolder.resolve("pages.idx");
  }

  /**
   * The file's record, from the cache when its bytes were parsed before. Whatever the record
   * depends on besides the file's name and bytes (configuration, tag rules) is part of
   * {@link Fingerprints#parse}, or the cache would keep records made under other settings.
   */
  private Parsed parse(ParseCache cache, SourceParser sources, Background<Tagger> tagging,
      SourceFile file) {
    try {
      ParseCache.Entry unchanged = cache.findUnchanged(file);
      if (unchanged != null) {
        return new Parsed(file, unchanged, null, true);
      }
      SourceParser.Read read = sources.read(file);
      if (read.failure() != null) {
        return new Parsed(file, null, read.failure(), false);
      }
      String key = Hashes.ofFile(file.source(), read.bytes());
      ParseCache.Entry entry = cache.find(key);
      if (entry == null) {
        // Waited for here, not in the parser: a tagger that cannot start fails the build, not
        // the file.
        tagger(tagging);
        entry = cache.store(key, sources.parse(file, read.bytes()));
      }
      return new Parsed(file, entry, null, false);
    } finally {
      progress.step();
    }
  }

  private static Tagger tagger(Background<Tagger> tagging) {
    try {
      return tagging.result();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The curated tag file at the top of the content folder ({@code tags.yaml}), if any. */
  private static TagRules tagRules(Path content) {
    TagRulesLoader loader = new TagRulesLoader();
    try {
      return loader.load(loader.find(content));
    } catch (TagRulesException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /**
   * Whether to change the published site in place ({@link SiteWriter#beginPatch()}) rather than
   * stage a whole new one: when the last build's digests vouch for the published site and this
   * build changes at most {@value #IN_PLACE_SHARE_PERCENT}% of its files (or a few dozen).
   */
  private boolean inPlace(PageDigests previous, int changes, int pages) {
    return previous.size() > 0 && Files.isDirectory(options.out())
        && changes <= Math.max(IN_PLACE_MIN_FILES, (long) pages * IN_PLACE_SHARE_PERCENT / 100);
  }

  /** What stands for an article's body in the digests of pages: the key of its file. */
  private static String bodyKey(Map<String, Parsed> bySource, Article article) {
    Parsed parsed = bySource.get(article.source());
    return parsed == null || parsed.entry() == null ? "" : parsed.entry().key();
  }

  /** The page as it is rendered: every article in it gets its body back. */
  private Page withBodies(Page page, ParsePhase parsing) {
    return pageArticles.replace(page, article -> article.withBody(
        body(parsing.bySource().get(article.source()), parsing.cache(), parsing.sources())));
  }

  /**
   * The body from the cache; should the cache have lost it, from the file again, read and parsed
   * the way the parse phase reads it (size limit and parser faults included).
   */
  private static List<String> body(Parsed parsed, ParseCache cache, SourceParser sources) {
    try {
      return cache.body(parsed.entry());
    } catch (UncheckedIOException | IllegalStateException damaged) {
      return sources.parse(parsed.file()).article().map(Article::body).orElse(List.of());
    }
  }

  /** Copies {@code templates/assets/} to {@code assets/} in the site. */
  private void copyAssets(SiteWriter.Publication staging) throws IOException {
    Path assets = options.templates().resolve("assets");
    if (!Files.isDirectory(assets)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(assets)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = assets.relativize(file).toString().replace('\\', '/');
        staging.write("assets/" + relative, Files.readAllBytes(file));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static long nanosSinceEpoch() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private long phase(String name, long start) {
    long now = System.nanoTime();
    phases.put(name, Duration.ofNanos(now - start));
    return now;
  }
}
