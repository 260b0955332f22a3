package dev.dateline.tags;

import dev.dateline.article.Article;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time of tagging a whole archive on one thread, as a build does it: every article once in a
 * fresh JVM (cold), then again and again (warm); and the tags of every article, one line each, for
 * comparing two versions of the tagger. Not a test: surefire ignores it. Run it with the JIT a
 * build uses (the classpath file as {@link TaggerBenchmark} makes it):
 * <pre>
 * java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *   dev.dateline.tags.TaggerBenchmarkArchive CONTENT TAGS-OUT [WARM-PASSES]
 * </pre>
 */
public final class TaggerBenchmarkArchive {

  private TaggerBenchmarkArchive() {}

  public static void main(String[] args) throws IOException {
    Path content = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int warmPasses = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(content)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    ArticleParser parser = new ArticleParser(new ParserSettings(null));
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      parser.parse(file.toString(), Files.readAllBytes(file)).article().ifPresent(articles::add);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadCpuTime();
    Tagger tagger = new Tagger(TagRules.defaults());
    long built = threads.getCurrentThreadCpuTime();
    List<List<String>> tags = new ArrayList<>(articles.size());
    for (Article article : articles) {
      tags.add(tagger.tag(article));
    }
    long cold = threads.getCurrentThreadCpuTime();
    System.out.printf("tagger built: %.1f ms; cold pass of %d articles: %.1f ms, %.1f us/article%n",
        (built - before) / 1e6, articles.size(), (cold - built) / 1e6,
        (cold - built) / 1e3 / articles.size());
    for (int pass = 0; pass < warmPasses; pass++) {
      long start = threads.getCurrentThreadCpuTime();
      int count = 0;
      for (Article article : articles) {
        count += tagger.tag(article).size();
      }
      long end = threads.getCurrentThreadCpuTime();
      System.out.printf("warm pass %d: %.1f ms, %.1f us/article, %d tags%n", pass + 1,
          (end - start) / 1e6, (end - start) / 1e3 / articles.size(), count);
    }
    try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out,
        StandardCharsets.UTF_8))) {
      for (int i = 0; i < articles.size(); i++) {
        writer.println(articles.get(i).source() + "\t" + String.join("|", tags.get(i)));
      }
    }
  }
}
