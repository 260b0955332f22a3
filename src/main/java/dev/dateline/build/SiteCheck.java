package dev.dateline.build;

import dev.dateline.article.Article;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import dev.dateline.config.SiteConfig;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code dateline check} checks, for CI: that every article file of a content folder parses
 * and has a URL of its own, and that every internal link of a built site leads to a file of the
 * site. Reads only; writes nothing.
 */
public final class SiteCheck {

  /** What a check found. */
  public record Report(int filesChecked, List<Problem> problems) {
    public Report {
      problems = problems.stream().sorted().toList();
    }

    public long errors() {
      return problems.stream().filter(Problem::isError).count();
    }
  }

  private final SiteConfig config;
  private final long maxFileSize;

  public SiteCheck(SiteConfig config, long maxFileSize) {
    this.config = config;
    this.maxFileSize = maxFileSize;
  }

  /** Loads and parses every article file, and reports two articles claiming one URL. */
  public Report content(Path folder, String shownAs) throws IOException {
    ContentLoader loader = new ContentLoader(maxFileSize);
    ContentLoader.Loaded loaded = loader.load(folder, shownAs);
    List<Problem> problems = new ArrayList<>(loaded.problems());
    SourceParser parser = new SourceParser(loader,
        new ArticleParser(new ParserSettings(config.defaultYear())));
    Map<String, List<String>> sourcesByUrl = new TreeMap<>();
    for (ParseResult result : loaded.files().parallelStream().map(parser::parse).toList()) {
      problems.addAll(result.problems());
      result.article().filter(a -> !a.draft()).map(Article::url).ifPresent(url ->
          sourcesByUrl.computeIfAbsent(url, u -> new ArrayList<>()).add(result.source()));
    }
    for (Map.Entry<String, List<String>> entry : sourcesByUrl.entrySet()) {
      List<String> sources = entry.getValue();
      for (String source : sources.subList(1, sources.size())) {
        problems.add(Problem.error(source, 0, "has the same URL " + entry.getKey() + " as "
            + sources.get(0) + "; the build would publish it under another URL. Give one of"
            + " them its own 'slug' in the front matter"));
      }
    }
    return new Report(loaded.files().size(), problems);
  }

  /** Follows every internal link of every HTML page of a built site. */
  public Report links(Path site, String shownAs) throws IOException {
    return new LinkChecker(site, shownAs).check();
  }
}
