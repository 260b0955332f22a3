package dev.dateline.bench;

import dev.dateline.config.SiteConfig;
import dev.dateline.render.SiteRenderer;
import dev.dateline.site.Page;
import dev.dateline.site.PageKind;
import dev.dateline.site.Site;
import dev.dateline.site.SiteModel;
import dev.dateline.slug.Slugger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The CPU time of rendering one page, by kind of page, on the pages of {@link
 * PageRenderBenchmark}: thread CPU time rather than wall time, so that it can be compared on a
 * machine other processes are busy on. Run with {@code java -cp ... dev.dateline.bench
 * .PageRenderCpuTime [rounds
 * [benchmark]]} from the project folder (it reads {@code templates}).
 */
public final class PageRenderCpuTime {

  private PageRenderCpuTime() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    String only = args.length > 1 ? args[1] : "";
    SiteConfig config = SiteConfig.defaults();
    Site site = new SiteModel(config, new Slugger()).build(SyntheticArchive.parsed(2_000));
    SiteRenderer renderer = new SiteRenderer(config, Path.of("templates"));
    List<Page> all = site.pages();
    measure(renderer, all, rounds, only, "articlePage", p -> p.kind() == PageKind.ARTICLE);
    measure(renderer, all, rounds, only, "listPage",
        p -> p.kind() != PageKind.ARTICLE && p.kind() != PageKind.NOT_FOUND);
    measure(renderer, all, rounds, only, "tagIndexPage", p -> p.kind() == PageKind.TAG_INDEX);
    measure(renderer, all, rounds, only, "atomFeed", p -> p.kind() == PageKind.ATOM_FEED);
    measure(renderer, all, rounds, only, "everyPage", p -> true);
  }

  private static void measure(SiteRenderer renderer, List<Page> all, int rounds, String only,
      String name, Predicate<Page> kind) {
    if (!name.startsWith(only)) {
      return;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Page> pages = all.stream().filter(kind).toList();
    long bytes = 0;
    double best = Double.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      int rendered = 0;
      while (rendered < 2_000) {
        for (Page page : pages) {
          bytes += renderer.render(page).bytes().length;
          rendered++;
        }
      }
      double microsPerPage = (threads.getCurrentThreadCpuTime() - start) / 1e3 / rendered;
      if (round >= rounds / 2) {
        best = Math.min(best, microsPerPage);
      }
    }
    System.out.printf(Locale.ROOT, "%-14s %9.1f µs CPU per page (best of the last %d rounds;"
        + " %d bytes)%n", name, best, rounds - rounds / 2, bytes);
  }
}
