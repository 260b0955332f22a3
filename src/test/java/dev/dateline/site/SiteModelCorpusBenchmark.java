package dev.dateline.site;

import com.sun.management.OperatingSystemMXBean;
import dev.dateline.article.Article;
import dev.dateline.build.BuildOptions;
import dev.dateline.build.SourceParser;
import dev.dateline.config.SiteConfig;
import dev.dateline.parse.ArticleParser;
import dev.dateline.parse.ParserSettings;
import dev.dateline.slug.Slugger;
import dev.dateline.tags.TagRulesLoader;
import dev.dateline.tags.Tagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the site model from a real corpus's articles, as the build hands them over (parsed,
 * tagged, without bodies). Not a test: surefire ignores it. As JMH (the corpus in
 * {@code -p content=...}):
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     "-Dexec.args=-cp %classpath org.openjdk.jmh.Main SiteModelCorpusBenchmark \
 *     -p content=/tmp/bench-cache/corpus/n100000-s42/content"
 * </pre>
 * or as a plain harness that also prints the heap the built model holds:
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     "-Dexec.args=-Xmx2g -cp %classpath dev.dateline.site.SiteModelCorpusBenchmark \
 *     /tmp/bench-cache/corpus/n100000-s42/content 10"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class SiteModelCorpusBenchmark {

  @Param({"/tmp/bench-cache/corpus/n10000-s42/content"})
  String content;

  private List<Article> articles;
  private SiteModel model;

  @Setup
  public void setUp() {
    articles = parse(Path.of(content));
    model = new SiteModel(SiteConfig.defaults(), new Slugger());
  }

  @Benchmark
  public Site buildModel() {
    return model.build(articles);
  }

  /** The corpus's articles, parsed and tagged as the build does, bodies dropped as its cache does. */
  static List<Article> parse(Path content) {
    TagRulesLoader loader = new TagRulesLoader();
    Tagger tagger = new Tagger(loader.load(loader.find(content)));
    SourceParser sources = SourceParser.forFiles(BuildOptions.DEFAULT_MAX_FILE_SIZE,
        new ArticleParser(ParserSettings.defaults())::parse);
    try (Stream<Path> files = Files.walk(content)) {
      List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      return texts.parallelStream()
          .flatMap(file -> sources.parse(file, "content/" + content.relativize(file))
              .article().stream())
          .map(a -> a.withTags(tagger.tag(a)).withBody(List.of()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Arguments: the content folder, and how many times to build the model (default 10). */
  public static void main(String[] args) throws IOException {
    Path content = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long start = System.nanoTime();
    List<Article> articles = parse(content);
    System.out.printf("parsed %d articles in %d ms%n", articles.size(), millisSince(start));
    SiteModel model = new SiteModel(SiteConfig.defaults(), new Slugger());
    long articlesOnly = heapAfterGc();
    Site site = null;
    OperatingSystemMXBean system =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 1; round <= rounds; round++) {
      site = null;
      start = System.nanoTime();
      long cpu = system.getProcessCpuTime();
      long gc = gcMillis();
      site = model.build(articles);
      System.out.printf("round %d: model of %d pages in %d ms (%d ms CPU, all threads;"
              + " %d ms GC)%n", round, site.pages().size(), millisSince(start),
          TimeUnit.NANOSECONDS.toMillis(system.getProcessCpuTime() - cpu), gcMillis() - gc);
      start = System.nanoTime();
      cpu = system.getProcessCpuTime();
      gc = gcMillis();
      long links = readAllRelated(site);
      System.out.printf("round %d: %d related links read in %d ms (%d ms CPU, all threads;"
              + " %d ms GC)%n", round, links, millisSince(start),
          TimeUnit.NANOSECONDS.toMillis(system.getProcessCpuTime() - cpu), gcMillis() - gc);
    }
    long withSite = heapAfterGc();
    System.out.printf("heap after GC: articles %d MB, articles + site %d MB, site %d MB"
            + " (%d bytes per article)%n", articlesOnly >> 20, withSite >> 20,
        (withSite - articlesOnly) >> 20, (withSite - articlesOnly) / articles.size());
    System.out.println(site.pages().size() + " pages, " + articles.size() + " articles");
    if (Boolean.getBoolean("hold")) {
      // Time to take a class histogram: jcmd <pid> GC.class_histogram
      System.out.println("holding the model for 60 s, pid " + ProcessHandle.current().pid());
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Reference.reachabilityFence(site);
  }

  /**
   * Reads every article page's related links, in parallel over the pages as the digest and the
   * render do: the model finds them when first read.
   */
  static long readAllRelated(Site site) {
    return site.pages().parallelStream()
        .filter(page -> page.content() instanceof PageContent.ArticleContent)
        .mapToLong(page -> ((PageContent.ArticleContent) page.content()).related().size())
        .sum();
  }

  /** The time the collectors have taken so far, pauses and concurrent work. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
