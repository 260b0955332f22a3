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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build, phase by phase: load → parse → model → render → publish. Problems from every phase
 * are collected into the report; only a failure that makes the whole site wrong (configuration,
 * templates, the output folder) stops the build, and then nothing is published.
 */
public final class SiteBuild {

  private final BuildOptions options;
  private final Map<String, Duration> phases = new LinkedHashMap<>();

  public SiteBuild(BuildOptions options) {
    this.options = options;
  }

  public BuildReport run() throws IOException {
    SiteConfig config = options.config();
    new OutputGuard().check(options.out(), options.content(), options.templates());
    List<Problem> problems = new ArrayList<>();

    long start = System.nanoTime();
    ContentLoader loader = new ContentLoader(options.maxFileSize());
    ContentLoader.Loaded loaded = loader.load(options.content(), options.contentShownAs());
    problems.addAll(loaded.problems());
    start = phase("load", start);

    SourceParser parser = new SourceParser(loader,
        new ArticleParser(new ParserSettings(config.defaultYear())));
    Tagger tagger = new Tagger(tagRules(options.content()));
    List<ParseResult> results = loaded.files().parallelStream()
        .map(parser::parse)
        .toList();
    List<Article> articles = new ArrayList<>();
    for (ParseResult result : results) {
      problems.addAll(result.problems());
      result.article().ifPresent(articles::add);
    }
    articles = articles.parallelStream().map(a -> a.withTags(tagger.tag(a))).toList();
    start = phase("parse", start);

    Site site = new SiteModel(config, new Slugger()).build(articles);
    problems.addAll(site.problems());
    start = phase("model", start);

    SiteRenderer renderer = new SiteRenderer(config, options.templates());
    SiteWriter writer = new SiteWriter(options.out());
    SiteWriter.Staging staging = writer.begin();
    try {
      site.pages().parallelStream().forEach(page -> {
        RenderedFile file = renderer.render(page);
        staging.write(file.path(), file.bytes());
      });
      copyAssets(staging);
      start = phase("render", start);
      staging.commit();
    } catch (RuntimeException | IOException | Error e) {
      staging.abort();
      throw e;
    }
    phase("publish", start);

    boolean rejected = problems.stream().anyMatch(Problem::isError);
    boolean warned = !problems.isEmpty();
    ExitCode exit = rejected || (options.strict() && warned) ? ExitCode.CONTENT_PROBLEMS
        : ExitCode.OK;
    return new BuildReport(site.articles().size(), site.pages().size(), staging.filesWritten(),
        staging.filesUnchanged(), staging.bytes(), phases, problems, true, exit);
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

  /** Copies {@code templates/assets/} to {@code assets/} in the site. */
  private void copyAssets(SiteWriter.Staging staging) throws IOException {
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

  private long phase(String name, long start) {
    long now = System.nanoTime();
    phases.put(name, Duration.ofNanos(now - start));
    return now;
  }

}
