package dev.dateline.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proper names an article repeats, found without a dictionary of people:
 * <ul>
 *   <li>a name of two or more capitalised words that the article also gives in short
 *       ("Sergei Lavrov ... Lavrov said", "Xi Jinping ... Putin and Xi") or repeats whole
 *       ("New Mexico ... New Mexico");
 *   <li>a single capitalised word that stands alone, not opening a sentence, at least twice
 *       ("Liverpool").
 * </ul>
 * Titles before a name are dropped ("Foreign Minister Sergei Lavrov" gives "Sergei Lavrov");
 * function words, titles, month and weekday names and country adjectives are never names.
 */
final class ProperNames {

  private static final Set<String> PARTICLES =
      Set.of("von", "van", "der", "den", "de", "da", "di", "del", "du", "bin", "al", "la", "le");

  private final WordLists words;
  private final Gazetteer gazetteer;
  private final PhraseDictionary known;
  private final Tokenizer tokenizer = new Tokenizer();

  ProperNames(WordLists words, Gazetteer gazetteer, PhraseDictionary known) {
    this.words = words;
    this.gazetteer = gazetteer;
    this.known = known;
  }

  /** A text field and which of its words already belong to a known name of several words. */
  record Text(List<Token> tokens, boolean[] known) {}

  /** One candidate mention: its words, and whether it opens a sentence. */
  private record Mention(List<String> words, String text, boolean sentenceStart) {
    Mention(List<String> words, boolean sentenceStart) {
      this(words, String.join(" ", words), sentenceStart);
    }
  }

  /**
   * Adds what the article names to {@code found}: every writing (full or short) → the full name.
   */
  void find(List<Text> fields, Map<String, String> found) {
    List<Mention> mentions = new ArrayList<>();
    for (Text field : fields) {
      mentions.addAll(mentions(field.tokens(), field.known()));
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : mentions) {
      counts.merge(m.text(), 1, Integer::sum);
    }
    Set<Integer> usedLengths = new TreeSet<>();
    for (Mention m : mentions) {
      usedLengths.add(m.words().size());
    }
    Map<String, List<String>> fullNames = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : mentions) {
      if (m.words().size() < 2 || !seen.add(m.text()) || isKnown(m.words())) {
        continue;
      }
      List<String> shortForms = shortForms(m.words(), counts.keySet(), usedLengths);
      if (counts.get(m.text()) >= 2 || !shortForms.isEmpty()) {
        fullNames.put(m.text(), shortForms);
      }
    }
    Map<String, Set<String>> shortToFull = new TreeMap<>();
    fullNames.forEach((name, shortForms) -> shortForms.forEach(
        s -> shortToFull.computeIfAbsent(s, k -> new TreeSet<>()).add(name)));
    for (String name : fullNames.keySet()) {
      found.putIfAbsent(name, name);
    }
    shortToFull.forEach((shortForm, names) -> {
      if (names.size() == 1 && !fullNames.containsKey(shortForm)) {
        found.putIfAbsent(shortForm, names.iterator().next());
      }
    });
    Map<String, Integer> standalone = new HashMap<>();
    for (Mention m : mentions) {
      if (m.words().size() == 1 && !m.sentenceStart() && !shortToFull.containsKey(m.text())
          && singleWordName(m.text())) {
        standalone.merge(m.text(), 1, Integer::sum);
      }
    }
    standalone.forEach((word, count) -> {
      if (count >= 2) {
        found.putIfAbsent(word, word);
      }
    });
  }

  /**
   * Contiguous parts of {@code name} that the article also uses on their own. Only parts as long
   * as some mention can be used, so a long run of capitalised words costs no more than its
   * length times the few mention lengths.
   */
  private List<String> shortForms(List<String> name, Set<String> used, Set<Integer> lengths) {
    List<String> forms = new ArrayList<>();
    for (int length : lengths) {
      if (length >= name.size()) {
        break;
      }
      for (int from = 0; from + length <= name.size(); from++) {
        List<String> part = name.subList(from, from + length);
        String text = String.join(" ", part);
        if (used.contains(text) && !(part.size() == 1 && words.ordinary(text))
            && !PARTICLES.contains(part.get(0))) {
          forms.add(text);
        }
      }
    }
    return forms;
  }

  private boolean singleWordName(String word) {
    return word.length() >= 3 && !words.ordinary(word) && !gazetteer.isDemonymLike(word)
        && !known.contains(Tokenizer.key(word));
  }

  private boolean isKnown(List<String> name) {
    List<Token> tokens = tokenizer.tokenize(String.join(" ", name));
    Phrase phrase = known.longestAt(tokens, 0);
    return phrase != null && phrase.length() == tokens.size();
  }

  /** Runs of capitalised words in one field, with titles and function words trimmed off. */
  private List<Mention> mentions(List<Token> tokens, boolean[] known) {
    List<Mention> mentions = new ArrayList<>();
    List<String> run = new ArrayList<>();
    boolean runStartsSentence = false;
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      int end = i + 1;
      StringBuilder word = null;
      boolean nameLike = !known[i] && token.capitalised();
      boolean possessive = false;
      while (end < tokens.size() && tokens.get(end).joinedBefore()) {
        Token part = tokens.get(end);
        if (part.text().equals("s") && part.gap().indexOf('-') < 0) {
          possessive = true;
          end++;
          break;
        }
        nameLike &= part.capitalised() || part.gap().indexOf('-') < 0;
        if (word == null) {
          word = new StringBuilder(token.text());
        }
        word.append(part.gap()).append(part.text());
        end++;
      }
      String text = word == null ? token.text() : word.toString();
      boolean continues = !run.isEmpty() && token.spaceBefore() && !token.sentenceStart();
      boolean particle = continues && end < tokens.size() && PARTICLES.contains(text)
          && tokens.get(end).capitalised() && tokens.get(end).spaceBefore();
      if ((nameLike || particle) && !words.calendarWords().contains(text)) {
        if (!continues) {
          flush(run, runStartsSentence, mentions);
          runStartsSentence = token.sentenceStart();
        }
        run.add(text);
      } else {
        flush(run, runStartsSentence, mentions);
      }
      if (possessive) {
        flush(run, runStartsSentence, mentions);
      }
      i = end;
    }
    flush(run, runStartsSentence, mentions);
    return mentions;
  }

  private void flush(List<String> run, boolean sentenceStart, List<Mention> out) {
    if (run.isEmpty()) {
      return;
    }
    int from = 0;
    for (int k = 0; k < run.size() - 1; k++) {
      if (words.titleWords().contains(run.get(k)) || words.titleWords().contains(
          run.get(k).contains("-") ? run.get(k).substring(0, run.get(k).indexOf('-')) : "")) {
        from = k + 1;
      }
    }
    while (from < run.size() && (words.functionWords().contains(run.get(from))
        || (from < run.size() - 1 && gazetteer.isDemonymLike(run.get(from))))) {
      from++;
    }
    int to = run.size();
    while (to > from && PARTICLES.contains(run.get(to - 1))) {
      to--;
    }
    if (from < to) {
      out.add(new Mention(List.copyOf(run.subList(from, to)), sentenceStart && from == 0));
    }
    run.clear();
  }

}
