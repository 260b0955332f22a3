package dev.dateline.parse;

import dev.dateline.article.ParseResult;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Single-thread throughput of the parser (operations per second): the reference article, and the
 * mix of all sample shapes in {@code parse/samples} (one operation parses every sample). Not a
 * test: surefire ignores it. Run it with (the POM's exec configuration names the CLI's main
 * class, which {@code -Dexec.mainClass} cannot override, hence {@code exec:exec}):
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     "-Dexec.args=-cp %classpath dev.dateline.parse.ParserBenchmark"
 * </pre>
 * JMH options may follow the class name ("... ParserBenchmark -f 1 -wi 5 -i 5").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

  private static final String SOURCE = "content/2019/09/csto-un-peacekeeping.txt";

  private ArticleParser parser;
  private byte[] reference;
  private List<String> sampleSources;
  private List<byte[]> samples;

  @Setup
  public void setUp() {
    parser = new ArticleParser(ParserSettings.defaults());
    try (InputStream in = ParserBenchmark.class.getResourceAsStream(
        "/parse/samples/reference-csto-un-peacekeeping.txt")) {
      reference = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    readSamples();
  }

  private void readSamples() {
    sampleSources = new ArrayList<>();
    samples = new ArrayList<>();
    try (Stream<Path> files = Files.list(
        Path.of(ParserBenchmark.class.getResource("/parse/samples").toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        sampleSources.add("content/2021/03/" + file.getFileName());
        samples.add(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Benchmark
  public ParseResult parseReferenceArticle() {
    return parser.parse(SOURCE, reference);
  }

  /** Every sample shape once per operation: datelines of each agency, decks, captions, errors. */
  @Benchmark
  public void parseSampleMix(Blackhole sink) {
    for (int i = 0; i < samples.size(); i++) {
      sink.consume(parser.parse(sampleSources.get(i), samples.get(i)));
    }
  }

  /**
   * Runs the benchmark: 1 fork, 2 warm-up and 3 measured iterations of 2 s; with arguments, JMH's
   * own command line instead ("-f 1 -wi 5 -i 5 -w 2s -r 2s").
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    exposeClassPathToFork();
    OptionsBuilder builder = new OptionsBuilder();
    if (args.length > 0) {
      builder.parent(new CommandLineOptions(args));
    } else {
      builder.forks(1)
          .warmupIterations(2)
          .warmupTime(TimeValue.seconds(2))
          .measurementIterations(3)
          .measurementTime(TimeValue.seconds(2));
    }
    Options options = builder.include(ParserBenchmark.class.getName()).threads(1).build();
    new Runner(options).run();
  }

  /**
   * Under {@code exec:java} the classes come from Maven's class loader, not from
   * {@code java.class.path}, which is what JMH hands to the forked JVM.
   */
  private static void exposeClassPathToFork() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
      List<String> entries = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a file: the fork cannot use it anyway
        }
      }
      if (!entries.isEmpty()) {
        System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
      }
    }
  }
}
