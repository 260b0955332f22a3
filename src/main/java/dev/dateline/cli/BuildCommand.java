package dev.dateline.cli;

import dev.dateline.build.BuildOptions;
import dev.dateline.build.BuildProgress;
import dev.dateline.build.BuildReport;
import dev.dateline.build.ExitCode;
import dev.dateline.build.SiteBuild;
import dev.dateline.config.ConfigException;
import dev.dateline.config.ConfigLoader;
import dev.dateline.config.SiteConfig;
import dev.dateline.publish.PublishException;
import dev.dateline.render.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Builds the site from the content folder into the output folder.",
        "The new site replaces the output folder only when the build succeeds.",
        "Dateline replaces only a folder it built itself (it holds a .dateline-site file) or an"
            + " empty one; it refuses any other, and the content, templates, home and root"
            + " folders.",
        "Exit codes: 0 built; 1 built, but files were rejected (or warnings under --strict);"
            + " 2 wrong command line; 3 nothing published (configuration, templates, output"
            + " folder)."})
final class BuildCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ContentOptions input;

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Folder of Freemarker templates and assets (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "Output folder, replaced by each build (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Absolute URL the site is published under, e.g. https://user.github.io/repo/.")
  String baseUrl;

  @Option(names = "--title", description = "The site's title.")
  String title;

  @Option(names = "--page-size", paramLabel = "N", description = "Items per list page.")
  Integer pageSize;

  @Option(names = "--feed-size", paramLabel = "N", description = "Entries per feed.")
  Integer feedSize;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (!Files.isDirectory(input.content)) {
        err.println("dateline: content folder " + input.content + " does not exist; create it or"
            + " pass --content DIR");
        return ExitCode.USAGE.code();
      }
      if (!Files.isDirectory(templates)) {
        err.println("dateline: templates folder " + templates + " does not exist; pass"
            + " --templates DIR");
        return ExitCode.USAGE.code();
      }
      SiteConfig siteConfig = new ConfigOverrides(baseUrl, title, pageSize, feedSize)
          .apply(new ConfigLoader().load(input.configFile()));
      BuildProgress progress = System.console() != null ? new TerminalProgress(System.out)
          : BuildProgress.NONE;
      BuildReport report = new SiteBuild(new BuildOptions(input.content, input.contentShownAs(),
          templates, this.out, siteConfig, input.strict, input.maxFileSize), progress).run();
      new ProblemPrinter(WARNINGS_PER_MESSAGE).print(report.problems(), err);
      out.println(summary(report));
      return report.exitCode().code();
    } catch (ConfigException | PublishException | RenderException e) {
      err.println("dateline: " + e.getMessage());
      err.println("dateline: nothing was published; " + this.out + " is as it was.");
      return ExitCode.BUILD_FAILED.code();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      err.println("dateline: build failed: " + e);
      err.println("dateline: nothing was published; " + this.out + " is as it was.");
      return ExitCode.BUILD_FAILED.code();
    }
  }

  /** Files listed for one warning before the rest are only counted. */
  static final int WARNINGS_PER_MESSAGE = 5;

  /** GitHub Pages publishes sites of at most 1 GB; counted in decimal units, to warn early. */
  static final long GITHUB_PAGES_LIMIT = 1_000_000_000L;

  private String summary(BuildReport r) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "Built %d articles into %d pages in %s (%d rendered, %d unchanged since the last build):"
            + " %d files written, %d kept as they were, %s; %d errors, %d warnings.%n",
        r.articles(), r.pages(), out, r.pagesRendered(), r.pages() - r.pagesRendered(),
        r.filesWritten(), r.filesUnchanged(), size(r.bytes()), r.errors(), r.warnings()));
    s.append("Time per phase:");
    for (Map.Entry<String, Duration> phase : r.phases().entrySet()) {
      s.append(String.format(Locale.ROOT, " %s %.2fs", phase.getKey(),
          phase.getValue().toMillis() / 1000.0));
    }
    if (r.bytes() > GITHUB_PAGES_LIMIT) {
      s.append(String.format(Locale.ROOT, "%nwarning: the site is %s, more than the 1 GB GitHub"
          + " Pages publishes; host it elsewhere or split the archive (e.g. one site per decade)",
          size(r.bytes())));
    }
    return s.toString();
  }

  private static String size(long bytes) {
    return bytes >= GITHUB_PAGES_LIMIT
        ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
