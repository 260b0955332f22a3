package dev.dateline.cli;

import dev.dateline.article.Article;
import dev.dateline.article.ParseResult;
import dev.dateline.article.Problem;
import dev.dateline.build.ExitCode;
import dev.dateline.build.SourceParser;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import dev.dateline.render.RecordJson;
import dev.dateline.tags.TagRules;
import dev.dateline.tags.TagRulesException;
import dev.dateline.tags.TagRulesLoader;
import dev.dateline.tags.Tagger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Parses article files and prints one JSON record per line (JSON Lines), in the"
        + " order given. Diagnostics go to standard error.",
        "A file that cannot be parsed yields {\"source\": ..., \"error\": ...}."})
final class ParseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files.")
  List<Path> files;

  @Option(names = "--default-year", paramLabel = "YEAR",
      description = "Year for datelines without one when neither front matter nor the path"
          + " gives it.")
  Integer defaultYear;

  @Option(names = "--tags-file", paramLabel = "FILE",
      description = "Curated tag file (tags.yaml of the content folder) for canonical names,"
          + " aliases and suppressed tags.")
  Path tagsFile;

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MB",
      converter = ByteSize.class,
      description = "Files larger than this are rejected unread, as the build rejects them"
          + " (default: ${DEFAULT-VALUE}).")
  long maxFileSize;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TagRules tagRules;
    try {
      tagRules = new TagRulesLoader().load(tagsFile);
    } catch (TagRulesException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    Tagger tagger = new Tagger(tagRules);
    SourceParser sources = SourceParser.forFiles(maxFileSize,
        new ArticleParser(new ParserSettings(defaultYear))::parse);
    RecordJson json = new RecordJson();
    boolean failed = false;
    for (Path file : files) {
      String source = file.toString().replace('\\', '/');
      ParseResult result = sources.parse(file, source);
      for (Problem problem : result.problems()) {
        err.println(problem);
      }
      if (result.article().isPresent()) {
        Article article = result.article().get();
        out.println(json.line(article.withTags(tagger.tag(article))));
      } else {
        failed = true;
        String why = result.problems().stream().filter(Problem::isError).findFirst()
            .map(Problem::message).orElse("not an article");
        out.println(json.errorLine(source, why));
      }
    }
    return failed ? ExitCode.CONTENT_PROBLEMS.code() : ExitCode.OK.code();
  }
}
