package dev.dateline.bench;

import dev.dateline.build.BuildOptions;
import dev.dateline.build.BuildReport;
import dev.dateline.build.SiteBuild;
import dev.dateline.config.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole build, on disk: a clean build (no cache, no published site), and the rebuild after
 * one article's body was edited, which parses one file and renders one page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class RebuildBenchmark {

  @Param({"5000"})
  int articles;

  private Path work;
  private Path content;
  private Path edited;
  private String original;
  private int edits;

  @Setup(Level.Trial)
  public void writeArchive() throws IOException {
    work = Files.createTempDirectory("dateline-rebuild-bench");
    content = work.resolve("content");
    SyntheticArchive.write(content, articles);
    SyntheticArchive.Item middle = SyntheticArchive.item(articles / 2);
    edited = content.resolve(middle.path());
    original = middle.text();
    build(work.resolve("site"));
  }

  @Setup(Level.Invocation)
  public void editOneArticle() throws IOException {
    edits++;
    Files.writeString(edited, original + "\nEdited " + edits + " times.\n",
        StandardCharsets.UTF_8);
  }

  @Benchmark
  public BuildReport rebuildAfterOneEdit() throws IOException {
    return build(work.resolve("site"));
  }

  @Benchmark
  public BuildReport cleanBuild() throws IOException {
    Path out = work.resolve("clean-" + edits + "-" + System.nanoTime()).resolve("site");
    return build(out);
  }

  @TearDown(Level.Trial)
  public void deleteArchive() throws IOException {
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private BuildReport build(Path out) throws IOException {
    return new SiteBuild(new BuildOptions(content, "content", Path.of("templates"), out,
        SiteConfig.defaults(), false)).run();
  }
}
