package dev.dateline.tags;

import dev.dateline.article.Article;
import dev.dateline.slug.Slugger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives an article its final tags: the explicit tags it carries (front matter, "Tags:" line)
 * first, then automatic tags from its text, most salient first, all normalised through the
 * curated tag file and capped per article.
 *
 * <p>Automatic tags come from names the tagger can trust: the curated file, a small built-in list
 * of international organisations, a gazetteer of countries and cities (JDK and ICU data),
 * organisations the article defines ("... Organization (CSTO)"), and proper names the article
 * repeats. A mention scores 3 in the headline, 2 in the standfirst or first paragraph, 1
 * elsewhere (photo caption included); a tag needs {@link TagRules#minScore()}. Ties go by name,
 * so the same text always gives the same tags in the same order.
 *
 * <p>Build one per run; thread-safe.
 */
public final class Tagger {

  static final int HEADLINE = 3;
  static final int LEAD = 2;
  static final int OTHER = 1;

  private static final String KNOWN_NAMES = "known-names.yaml";

  /** Highest score first; ties by name, case-insensitively, then exactly. */
  private static final Comparator<Map.Entry<String, Integer>> RANKING = (a, b) -> {
    int byScore = Integer.compare(b.getValue(), a.getValue());
    if (byScore != 0) {
      return byScore;
    }
    int byName = String.CASE_INSENSITIVE_ORDER.compare(a.getKey(), b.getKey());
    return byName != 0 ? byName : a.getKey().compareTo(b.getKey());
  };

  private static final Comparator<Map.Entry<String, Integer>> LATIN_FIRST = Comparator.comparing(
      e -> Character.UnicodeScript.of(e.getKey().codePointAt(0)) != Character.UnicodeScript.LATIN);

  private final TagRules rules;
  private final WordLists words;
  private final Gazetteer gazetteer;
  private final PhraseDictionary known;
  private final Normaliser normaliser;
  private final Tokenizer tokenizer = new Tokenizer();
  private final Slugger slugger = new Slugger();
  private final Definitions definitions = new Definitions();
  private final ProperNames properNames;
  /** What a mention of a known name counts for: its tag made canonical, unless suppressed. */
  private final Map<String, String> publishedKnownTags = new HashMap<>();
  private final Set<String> suppressedKnownTags = new HashSet<>();

  public Tagger(TagRules rules) {
    this.rules = rules;
    this.words = WordLists.load();
    this.gazetteer = Gazetteer.load(words.notPlaces());
    TagRules builtIn = builtInNames();
    PhraseDictionary.Builder dictionary = PhraseDictionary.builder();
    addAll(dictionary, rules.tags(), Phrase.Source.CURATED);
    addAll(dictionary, builtIn.tags(), Phrase.Source.KNOWN);
    gazetteer.names().forEach((name, tag) -> dictionary.add(name, tag, Phrase.Source.PLACE));
    this.known = dictionary.build();
    this.normaliser = new Normaliser(rules.tags(), builtIn.tags(), gazetteer.names(),
        rules.suppress());
    this.properNames = new ProperNames(words, gazetteer, known);
    List<String> knownTags = new ArrayList<>(gazetteer.names().values());
    for (List<CuratedTag> tags : List.of(rules.tags(), builtIn.tags())) {
      tags.forEach(tag -> knownTags.add(tag.name()));
    }
    for (String tag : knownTags) {
      String canonical = normaliser.canonical(tag);
      if (normaliser.suppressed(canonical)) {
        suppressedKnownTags.add(tag);
      } else {
        publishedKnownTags.put(tag, canonical);
      }
    }
  }

  /** The article's tags: explicit ones first, then automatic ones, at most the cap. */
  public List<String> tag(Article article) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String explicit : article.tags()) {
      String tag = normaliser.canonical(explicit);
      if (!tag.isEmpty() && !normaliser.suppressed(tag)) {
        chosen.putIfAbsent(Normaliser.lower(tag), tag);
      }
    }
    int room = rules.maxTags() - chosen.size();
    for (String tag : automatic(article)) {
      if (room <= 0) {
        break;
      }
      if (chosen.putIfAbsent(Normaliser.lower(tag), tag) == null) {
        room--;
      }
    }
    return List.copyOf(chosen.values());
  }

  /** Automatic tags alone, most salient first, not capped. */
  List<String> automatic(Article article) {
    List<Field> fields = fields(article);
    Map<String, String> local = new HashMap<>();
    for (Field field : fields) {
      definitions.find(field.tokens(), local);
    }
    for (String acronym : List.copyOf(local.values())) {
      local.putIfAbsent(acronym, acronym);
    }
    PhraseDictionary.Builder builder = PhraseDictionary.builder();
    local.forEach((name, tag) -> builder.add(name, tag, Phrase.Source.DEFINED));
    PhraseDictionary defined = builder.build();

    List<ProperNames.Text> discoverable = new ArrayList<>();
    for (Field field : fields) {
      if (!field.titleCase()) {
        discoverable.add(new ProperNames.Text(field.tokens(), longNames(field, defined)));
      }
    }
    Map<String, String> names = new HashMap<>();
    properNames.find(discoverable, names);
    names.forEach((name, tag) -> builder.add(name, tag, Phrase.Source.NAME));
    PhraseDictionary own = builder.build();

    Map<String, Integer> scores = new HashMap<>();
    for (Field field : fields) {
      score(field, own, scores);
    }
    List<Map.Entry<String, Integer>> salient = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : sameSlugMerged(scores).entrySet()) {
      if (entry.getValue() >= rules.minScore()) {
        salient.add(entry);
      }
    }
    salient.sort(RANKING);
    List<String> tags = new ArrayList<>(salient.size());
    for (Map.Entry<String, Integer> entry : salient) {
      tags.add(entry.getKey());
    }
    return tags;
  }

  /**
   * "Сергей Шойгу" and "Sergei Shoigu", or "Zürich" and "Zurich", are one tag: names with the same
   * slug add up, under the Latin-script name, else the higher score, else the first by name.
   */
  private Map<String, Integer> sameSlugMerged(Map<String, Integer> scores) {
    if (allAscii(scores.keySet())) {
      return scores;
    }
    Map<String, List<Map.Entry<String, Integer>>> bySlug = new TreeMap<>();
    for (Map.Entry<String, Integer> entry : scores.entrySet()) {
      bySlug.computeIfAbsent(slugger.slug(entry.getKey()), k -> new ArrayList<>()).add(entry);
    }
    Map<String, Integer> merged = new HashMap<>();
    for (List<Map.Entry<String, Integer>> same : bySlug.values()) {
      String name = same.stream().sorted(LATIN_FIRST.thenComparing(RANKING)).findFirst()
          .orElseThrow().getKey();
      merged.put(name, same.stream().mapToInt(Map.Entry::getValue).sum());
    }
    return merged;
  }

  private static boolean allAscii(Set<String> names) {
    for (String name : names) {
      for (int i = 0; i < name.length(); i++) {
        if (name.charAt(i) >= 128) {
          return false;
        }
      }
    }
    return true;
  }

  /** Words that belong to a known name of two or more words: not part of any new name. */
  private boolean[] longNames(Field field, PhraseDictionary defined) {
    Words tokens = field.tokens();
    boolean[] covered = new boolean[tokens.size()];
    Phrase[] namesAt = namesAt(field, defined);
    int i = 0;
    while (i < tokens.size()) {
      Phrase phrase = namesAt[i];
      int length = phrase == null ? 1 : phrase.length();
      if (length > 1) {
        java.util.Arrays.fill(covered, i, i + length, true);
      }
      i += length;
    }
    return covered;
  }

  private void score(Field field, PhraseDictionary article, Map<String, Integer> scores) {
    Words tokens = field.tokens();
    int coveredUntil = 0;
    int i = 0;
    Phrase[] namesAt = namesAt(field, article);
    while (i < tokens.size()) {
      Phrase phrase = namesAt[i];
      if (phrase == null || (phrase.length() == 1 && phrase.source() == Phrase.Source.PLACE
          && !field.titleCase() && followsName(tokens, i, coveredUntil))) {
        i++;
        continue;
      }
      String tag = published(phrase.tag());
      if (tag != null) {
        scores.merge(tag, field.weight(), Integer::sum);
      }
      i += phrase.length();
      coveredUntil = i;
    }
  }

  /** The canonical tag a mention counts for, or null when that tag is suppressed. */
  private String published(String tag) {
    String known = publishedKnownTags.get(tag);
    if (known != null || suppressedKnownTags.contains(tag)) {
      return known;
    }
    String canonical = normaliser.canonical(tag);
    return normaliser.suppressed(canonical) ? null : canonical;
  }

  /** "New Mexico", "Michael Jordan": a one-word place right after a capitalised word. */
  private boolean followsName(Words tokens, int i, int coveredUntil) {
    if (i == 0 || coveredUntil == i || !tokens.spaceBefore(i)) {
      return false;
    }
    int previous = i - 1;
    return tokens.capitalised(previous) && !words.functionWords().contains(tokens.text(previous))
        && !words.calendarWords().contains(tokens.text(previous));
  }

  /**
   * The preferred name starting at each word of the field (null where none does), of the
   * article's own names and the known ones.
   */
  private static Phrase[] namesAt(Field field, PhraseDictionary article) {
    if (article.isEmpty()) {
      return field.known();
    }
    Phrase[] known = field.known();
    Phrase[] names = article.longestAtEach(field.tokens());
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i] == null ? known[i] : better(names[i], known[i]);
    }
    return names;
  }

  private static Phrase better(Phrase a, Phrase b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if (a.length() != b.length()) {
      return a.length() > b.length() ? a : b;
    }
    return a.source().compareTo(b.source()) <= 0 ? a : b;
  }

  /**
   * One text field of the article, how much a mention in it weighs, and the preferred known name
   * starting at each word (null where none does).
   */
  private record Field(Words tokens, int weight, boolean titleCase, Phrase[] known) {}

  private List<Field> fields(Article article) {
    List<Field> fields = new ArrayList<>();
    add(fields, article.headline(), HEADLINE);
    if (!fields.isEmpty() && titleCase(fields.get(0).tokens())) {
      Field headline = fields.get(0);
      fields.set(0, new Field(headline.tokens(), HEADLINE, true, headline.known()));
    }
    add(fields, article.standfirst(), LEAD);
    if (article.photo() != null) {
      add(fields, article.photo().caption(), OTHER);
    }
    for (int p = 0; p < article.body().size(); p++) {
      add(fields, article.body().get(p), p == 0 ? LEAD : OTHER);
    }
    return fields;
  }

  private void add(List<Field> fields, String text, int weight) {
    if (text == null || text.isBlank()) {
      return;
    }
    Words tokens = tokenizer.tokenize(text);
    fields.add(new Field(tokens, weight, false, known.longestAtEach(tokens)));
  }

  /**
   * A headline such as "Putin Visits Kazakhstan For Talks": capitalisation says nothing about
   * names there. (A paragraph full of names, "Foreign Minister Sergei Lavrov ...", is not one.)
   */
  private static boolean titleCase(Words tokens) {
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.length(i) >= 4) {
        words++;
        if (tokens.capitalised(i)) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  private static void addAll(PhraseDictionary.Builder dictionary, List<CuratedTag> tags,
      Phrase.Source source) {
    for (CuratedTag tag : tags) {
      dictionary.add(tag.name(), tag.name(), source);
      for (String alias : tag.aliases()) {
        dictionary.add(alias, tag.name(), source);
      }
    }
  }

  private static TagRules builtInNames() {
    try (InputStream in = Tagger.class.getResourceAsStream(KNOWN_NAMES)) {
      if (in == null) {
        throw new IllegalStateException("resource " + KNOWN_NAMES + " is missing from the build");
      }
      return new TagRulesLoader().read(KNOWN_NAMES, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
