package dev.dateline.cli;

import dev.dateline.article.Problem;
import dev.dateline.build.ExitCode;
import dev.dateline.build.SiteCheck;
import dev.dateline.config.ConfigException;
import dev.dateline.config.ConfigLoader;
import dev.dateline.config.SiteConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks a content folder and a built site, for CI: every article file parses,"
        + " no two articles claim one URL, and every internal link of the site leads to a page.",
        "Writes nothing. Exit code 0 when all is well (warnings allowed unless --strict), 1 when"
            + " problems were found, 2 when a folder is missing."})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ContentOptions input;

  @Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
      description = "Built site whose links to check (default: ${DEFAULT-VALUE}).")
  Path site;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path folder : List.of(input.content, site)) {
      if (!Files.isDirectory(folder)) {
        err.println("dateline: " + folder + " does not exist or is not a folder; build the site"
            + " first, or pass --content DIR and --site DIR");
        return ExitCode.USAGE.code();
      }
    }
    try {
      SiteConfig siteConfig = new ConfigLoader().load(input.configFile());
      SiteCheck check = new SiteCheck(siteConfig, input.maxFileSize);
      SiteCheck.Report articles = check.content(input.content, input.contentShownAs());
      SiteCheck.Report pages = check.links(site, shown(site));
      List<Problem> problems = new ArrayList<>(articles.problems());
      problems.addAll(pages.problems());
      problems.forEach(err::println);
      long errors = articles.errors() + pages.errors();
      long warnings = problems.size() - errors;
      out.printf(Locale.ROOT, "Checked %d article files in %s and %d pages in %s: %d errors,"
          + " %d warnings.%n", articles.filesChecked(), input.content, pages.filesChecked(), site, errors,
          warnings);
      boolean failed = errors > 0 || input.strict && warnings > 0;
      return failed ? ExitCode.CONTENT_PROBLEMS.code() : ExitCode.OK.code();
    } catch (ConfigException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (IOException e) {
      err.println("dateline: check failed: " + e);
      return ExitCode.BUILD_FAILED.code();
    }
  }

  private static String shown(Path folder) {
    return folder.toString().replace('\\', '/');
  }
}
