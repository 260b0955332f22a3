package dev.dateline.bench;

import dev.dateline.article.Article;
import dev.dateline.config.SiteConfig;
import dev.dateline.site.Site;
import dev.dateline.site.SiteModel;
import dev.dateline.slug.Slugger;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** Assembling the site model (order, URLs, tag and date grouping, every page) from articles. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class SiteModelBenchmark {

  @Param({"10000"})
  int articles;

  private List<Article> parsed;
  private SiteModel model;

  @Setup
  public void setUp() {
    parsed = SyntheticArchive.parsed(articles);
    model = new SiteModel(SiteConfig.defaults(), new Slugger());
  }

  @Benchmark
  public Site buildModel() {
    return model.build(parsed);
  }
}
