package dev.dateline.build;

import dev.dateline.article.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did: counts, time per phase and every problem, sorted by file and line.
 *
 * @param pagesRendered pages rendered by this build; the others were kept from the last one
 * @param pagesDigested pages whose model was digested again to tell whether they changed
 * @param siteModelBuilt whether the site model was built; when the articles' records are the
 *     last build's, the pages that show a changed body are rendered from the models the last
 *     build kept instead
 * @param published whether the new site replaced the output folder
 */
public record BuildReport(int articles, int pages, long pagesRendered, int pagesDigested,
    boolean siteModelBuilt, long filesWritten, long filesUnchanged,
    long bytes, Map<String, Duration> phases, List<Problem> problems, boolean published,
    ExitCode exitCode) {

  public BuildReport {
    phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    problems = problems.stream().sorted().toList();
  }

  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }
}
