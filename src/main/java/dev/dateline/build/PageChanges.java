package dev.dateline.build;

import dev.dateline.article.Article;
import dev.dateline.site.Page;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Which pages of a build differ from the last published build's, told by their digests
 * ({@link ModelDigest}), and what to remember of them for the next build.
 *
 * <p>A digest is taken only where it can have changed. When the site model's input is the same
 * records as last time ({@link ModelInput}) and the fingerprint is the same, every page is the
 * model it was but for the bodies of the articles whose files changed: only the pages that show
 * one of those bodies are digested again ({@link #ofBodies}, whether the model was built again or
 * those pages' models were read back), the others keep their digests, and no page is removed;
 * the pages have the paths they had. Otherwise every page is digested and compared with the last
 * build's page at its path.
 *
 * @param paths the output path of every page, in the model's order
 * @param changed for each page, in the same order, whether it must be rendered again
 * @param removed the paths of the last build's pages that this build has not
 * @param digests what to remember of this build's pages
 * @param digested how many pages were digested
 */
record PageChanges(String[] paths, boolean[] changed, List<String> removed,
    PageDigests digests, int digested) {

  /** How many files of the published site change: pages to render again, pages removed. */
  int count() {
    int count = removed.size();
    for (boolean c : changed) {
      count += c ? 1 : 0;
    }
    return count;
  }

  /**
   * The pages of the last build that show the body of an article whose file's key is not the
   * one it had then, in its order; meaningful when the model's input is the last build's.
   */
  static int[] showingChangedBodies(PageDigests previous, ModelInput input) {
    boolean[] edited = new boolean[input.size()];
    for (int i : input.keysChangedSince(previous.input())) {
      edited[i] = true;
    }
    PageDigests.Bodies bodies = previous.bodies();
    return IntStream.range(0, previous.size()).filter(i -> bodies.showsAny(i, edited)).toArray();
  }

  /**
   * The changes from {@code previous} to a model built from the same {@code input}: only the
   * pages {@code again} (those {@link #showingChangedBodies}) can differ; {@code pageAt} gives
   * their models.
   */
  static PageChanges ofBodies(IntFunction<Page> pageAt, int[] again, ModelInput input,
      String fingerprint, PageDigests previous, Function<Article, String> bodyKey) {
    ModelDigest models = new ModelDigest();
    String[] paths = previous.paths();
    boolean[] changed = new boolean[paths.length];
    byte[] digests = previous.digests();
    Arrays.stream(again).parallel().forEach(i -> {
      byte[] digest = models.of(pageAt.apply(i), bodyKey);
      changed[i] = !previous.sameDigest(i, digest);
      System.arraycopy(digest, 0, digests, i * PageDigests.DIGEST_BYTES,
          PageDigests.DIGEST_BYTES);
    });
    return new PageChanges(paths, changed, List.of(),
        new PageDigests(fingerprint, input, paths, digests, previous.bodies()), again.length);
  }

  /**
   * The changes from {@code previous} to the {@code pages} of a model built from
   * {@code articles}, whose files are described by {@code input} in the same order;
   * {@code bodyKey} gives what stands for an article's body (the key of its file).
   */
  static PageChanges find(List<Page> pages, List<Article> articles, ModelInput input,
      String fingerprint, PageDigests previous, Function<Article, String> bodyKey) {
    if (previous.sameModel(input, pages.size())) {
      return ofBodies(pages::get, showingChangedBodies(previous, input), input, fingerprint,
          previous, bodyKey);
    }
    ModelDigest models = new ModelDigest();
    boolean[] changed = new boolean[pages.size()];
    String[] paths = new String[pages.size()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = pages.get(i).outputPath();
    }
    Map<String, Integer> places = new HashMap<>(articles.size() * 2);
    for (int i = 0; i < articles.size(); i++) {
      places.put(articles.get(i).source(), i);
    }
    byte[] digests = new byte[paths.length * PageDigests.DIGEST_BYTES];
    int[][] shown = new int[paths.length][];
    IntStream.range(0, paths.length).parallel().forEach(i -> {
      IntStream.Builder bodies = IntStream.builder();
      byte[] digest = models.of(pages.get(i), article -> {
        Integer place = places.get(article.source());
        if (place != null) {
          bodies.add(place);
        }
        return bodyKey.apply(article);
      });
      System.arraycopy(digest, 0, digests, i * PageDigests.DIGEST_BYTES,
          PageDigests.DIGEST_BYTES);
      shown[i] = bodies.build().toArray();
    });
    Set<String> current = new HashSet<>(Arrays.asList(paths));
    for (int i = 0; i < paths.length; i++) {
      changed[i] = !previous.unchanged(paths[i], Arrays.copyOfRange(digests,
          i * PageDigests.DIGEST_BYTES, (i + 1) * PageDigests.DIGEST_BYTES));
    }
    List<String> removed = Arrays.stream(previous.paths())
        .filter(path -> !current.contains(path)).sorted().toList();
    return new PageChanges(paths, changed, removed,
        new PageDigests(fingerprint, input, paths, digests, PageDigests.Bodies.of(shown)),
        paths.length);
  }
}
