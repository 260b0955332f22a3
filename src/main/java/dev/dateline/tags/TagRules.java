package dev.dateline.tags;

import java.util.List;

/**
 * What the archivist says about tags: the curated tag file ({@code tags.yaml} at the top of the
 * content folder), or the defaults when there is none.
 *
 * @param source the file the rules come from, for messages; null for the defaults
 * @param tags canonical tags with their aliases
 * @param suppress tags never to publish, as written or through an alias
 * @param maxTags at most this many tags per article (explicit tags are never dropped)
 * @param minScore an automatic tag needs at least this salience: a mention in the headline
 *     scores 3, in the standfirst or first paragraph 2, elsewhere 1
 */
public record TagRules(String source, List<CuratedTag> tags, List<String> suppress, int maxTags,
    int minScore) {

  public static final int DEFAULT_MAX_TAGS = 8;
  public static final int DEFAULT_MIN_SCORE = 2;

  public TagRules {
    tags = List.copyOf(tags);
    suppress = List.copyOf(suppress);
    if (maxTags < 1 || minScore < 1) {
      throw new IllegalArgumentException("maxTags and minScore must be at least 1");
    }
  }

  /** No curated tags, nothing suppressed, the default cap and threshold. */
  public static TagRules defaults() {
    return new TagRules(null, List.of(), List.of(), DEFAULT_MAX_TAGS, DEFAULT_MIN_SCORE);
  }

  public TagRules withMaxTags(int newMaxTags) {
    return new TagRules(source, tags, suppress, newMaxTags, minScore);
  }
}
