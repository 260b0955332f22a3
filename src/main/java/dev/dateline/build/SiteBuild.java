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
 * that show a body whose file changed are digested again ({@link PageChanges}); otherwise the
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

  /** One article file after the parse phase; {@code entry} is null when it could not be read. */
  private record Parsed(SourceFile file, ParseCache.Entry entry, ParseResult result) {}

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
    // The cache reads its index in the background while the content is walked.
    try (ParseCache cache = ParseCache.open(cacheFolder, parseFingerprint)) {
      ContentLoader loader = new ContentLoader(options.maxFileSize());
      ContentLoader.Loaded loaded = loader.load(options.content(), options.contentShownAs());
      problems.addAll(loaded.problems());
      start = phase("load", start);

      ArticleParser parser = new ArticleParser(new ParserSettings(config.defaultYear()));
      Tagger tagger = new Tagger(tagRules);
      SourceParser sources = new SourceParser(loader, (source, bytes) -> {
        ParseResult result = parser.parse(source, bytes);
        return new ParseResult(result.source(),
            result.article().map(a -> a.withTags(tagger.tag(a))), result.problems());
      });
      progress.start("parse", loaded.files().size());
      List<Parsed> parsed = loaded.files().parallelStream()
          .map(file -> parse(cache, sources, file))
          .toList();
      progress.finish();
      List<Article> articles = new ArrayList<>();
      List<ParseCache.Entry> articleEntries = new ArrayList<>();
      Map<String, Parsed> bySource = new HashMap<>(parsed.size() * 2);
      for (Parsed p : parsed) {
        problems.addAll(p.result().problems());
        if (p.result().article().isPresent()) {
          articles.add(p.result().article().get());
          articleEntries.add(p.entry());
        }
        bySource.put(p.file().source(), p);
      }
      start = phase("parse", start);

      Site site = new SiteModel(config, new Slugger()).build(articles);
      problems.addAll(site.problems());
      start = phase("model", start);

      Prepared prepared = preparing.result();
      String renderFingerprint = prepared.renderFingerprint();
      PageDigests previous = prepared.previous();
      ModelInput input = ModelInput.of(parseFingerprint, articleEntries, cache::recordBytes,
          previous.input());
      List<Page> pages = site.pages();
      PageChanges changes = PageChanges.find(pages, articles, input, renderFingerprint, previous,
          article -> bodyKey(bySource, article));
      boolean[] changed = changes.changed();
      String[] paths = changes.paths();
      start = phase("digest", start);

      boolean digestsSaved = changes.digests().sameAs(previous);
      AtomicLong rendered = new AtomicLong();
      SiteRenderer renderer = prepared.renderer();
      SiteWriter writer = new SiteWriter(options.out());
      SiteWriter.Publication publication = inPlace(previous, changes.count(), pages.size())
          ? writer.beginPatch() : writer.begin();
      try {
        progress.start("render", pages.size());
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
          Page page = pages.get(i);
          if (changed[i] || !publication.keep(paths[i])) {
            RenderedFile file = renderer.render(withBodies(page, bySource, cache, sources));
            publication.write(file.path(), file.bytes());
            rendered.incrementAndGet();
          }
          progress.step();
        });
        progress.finish();
        changes.removed().forEach(publication::remove);
        copyAssets(publication);
        start = phase("render", start);
        // The digests describe the published site: a build that stops between the first change
        // to the site and writing the new ones must not leave the old ones to vouch for it,
        // unless they are the new ones.
        if (!digestsSaved) {
          Files.deleteIfExists(pagesFile(cacheFolder));
        }
        publication.commit();
      } catch (RuntimeException | IOException | Error e) {
        progress.finish();
        publication.abort();
        throw e;
      }
      start = phase("publish", start);

      Background<Void> digestsWritten = Background.start("dateline-page-digests", () -> {
        if (!digestsSaved) {
          changes.digests().write(pagesFile(cacheFolder));
        }
        return null;
      });
      try {
        cache.save(parsed.stream().map(Parsed::entry).filter(e -> e != null).toList(),
            parsed.stream().filter(p -> p.entry() != null)
                .map(p -> new ParseCache.Seen(p.file(), p.entry().key())).toList(),
            walkedAt);
      } finally {
        digestsWritten.result();
      }
      phase("cache", start);

      boolean rejected = problems.stream().anyMatch(Problem::isError);
      boolean warned = !problems.isEmpty();
      ExitCode exit = rejected || (options.strict() && warned) ? ExitCode.CONTENT_PROBLEMS
          : ExitCode.OK;
      return new BuildReport(site.articles().size(), site.pages().size(), rendered.get(),
          changes.digested(), publication.filesWritten(), publication.filesUnchanged(), publication.bytes(), phases,
          problems,
          true, exit);
    }
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
  private Parsed parse(ParseCache cache, SourceParser sources, SourceFile file) {
    try {
      ParseCache.Entry unchanged = cache.findUnchanged(file);
      if (unchanged != null) {
        return new Parsed(file, unchanged, unchanged.result());
      }
      SourceParser.Read read = sources.read(file);
      if (read.failure() != null) {
        return new Parsed(file, null, read.failure());
      }
      String key = Hashes.ofFile(file.source(), read.bytes());
      ParseCache.Entry entry = cache.find(key);
      if (entry == null) {
        entry = cache.store(key, sources.parse(file, read.bytes()));
      }
      return new Parsed(file, entry, entry.result());
    } finally {
      progress.step();
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
  private Page withBodies(Page page, Map<String, Parsed> bySource, ParseCache cache,
      SourceParser sources) {
    return pageArticles.replace(page, article -> article.withBody(
        body(bySource.get(article.source()), cache, sources)));
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
