package dev.dateline.tags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

  ProperNames(WordLists words, Gazetteer gazetteer, PhraseDictionary known) {
    this.words = words;
    this.gazetteer = gazetteer;
    this.known = known;
  }

  /** A text field and which of its words already belong to a known name of several words. */
  record Text(Words tokens, boolean[] known) {}

  /**
   * One candidate mention: its words, whether it opens a sentence, and where it is written: from
   * word {@code from} of {@code tokens}, over {@code length} of them.
   */
  private record Mention(List<String> words, String text, boolean sentenceStart,
      Words tokens, int from, int length) {
    Mention(List<String> words, boolean sentenceStart, Words tokens, int from, int length) {
      this(words, words.size() == 1 ? words.get(0) : String.join(" ", words), sentenceStart,
          tokens, from, length);
    }
  }

  /**
   * Adds what the article names to {@code found}: every writing (full or short) → the full name.
   */
  void find(List<Text> fields, Map<String, String> found) {
    List<Mention> mentions = new ArrayList<>();
    for (Text field : fields) {
      mentions(field.tokens(), field.known(), mentions);
    }
    Map<String, Integer> counts = new HashMap<>();
    BitSet usedLengths = new BitSet();
    for (Mention m : mentions) {
      counts.merge(m.text(), 1, Integer::sum);
      usedLengths.set(m.words().size());
    }
    Map<String, List<String>> fullNames = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : mentions) {
      if (m.words().size() < 2 || !seen.add(m.text()) || isKnown(m)) {
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
    // What makes a word a name depends on the word alone: asked once a word is known to recur.
    Map<String, Integer> standalone = new HashMap<>();
    for (Mention m : mentions) {
      if (m.words().size() == 1 && !m.sentenceStart()) {
        standalone.merge(m.text(), 1, Integer::sum);
      }
    }
    standalone.forEach((word, count) -> {
      if (count >= 2 && !shortToFull.containsKey(word) && singleWordName(word)) {
        found.putIfAbsent(word, word);
      }
    });
  }

  /**
   * Contiguous parts of {@code name} that the article also uses on their own. Only parts as long
   * as some mention can be used, so a long run of capitalised words costs no more than its
   * length times the few mention lengths.
   */
  private List<String> shortForms(List<String> name, Set<String> used, BitSet lengths) {
    List<String> forms = new ArrayList<>();
    for (int length = lengths.nextSetBit(0); length >= 0; length = lengths.nextSetBit(length + 1)) {
      if (length >= name.size()) {
        break;
      }
      for (int from = 0; from + length <= name.size(); from++) {
        List<String> part = name.subList(from, from + length);
        String text = length == 1 ? part.get(0) : String.join(" ", part);
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

  /** Whether the whole mention, and no more, is a known name. */
  private boolean isKnown(Mention mention) {
    return known.namesExactly(mention.tokens(), mention.from(), mention.length());
  }

  /** Runs of capitalised words in one field, with titles and function words trimmed off. */
  private void mentions(Words tokens, boolean[] known, List<Mention> mentions) {
    Run run = new Run(tokens);
    int size = tokens.size();
    int i = 0;
    while (i < size) {
      int end = i + 1;
      // The last word joined to this one by a hyphen or an apostrophe: "Guinea-Bissau".
      int last = i;
      boolean nameLike = !known[i] && tokens.capitalised(i);
      boolean possessive = false;
      while (end < size && tokens.joinedBefore(end)) {
        if (tokens.length(end) == 1 && tokens.first(end) == 's' && !tokens.hyphenBefore(end)) {
          possessive = true;
          end++;
          break;
        }
        nameLike &= tokens.capitalised(end) || !tokens.hyphenBefore(end);
        last = end;
        end++;
      }
      boolean continues = !run.isEmpty() && tokens.spaceBefore(i) && !tokens.sentenceStart(i);
      boolean beforeName = continues && end < size && tokens.capitalised(end)
          && tokens.spaceBefore(end);
      String text = null;
      if (nameLike || beforeName) {
        text = last == i ? tokens.text(i) : tokens.text(i, last + 1);
      }
      boolean particle = beforeName && PARTICLES.contains(text);
      if ((nameLike || particle) && !words.calendarWords().contains(text)) {
        if (!continues) {
          flush(run, mentions);
          run.sentenceStart = tokens.sentenceStart(i);
        }
        run.add(text, i, possessive ? end - 1 : end);
      } else if (!run.isEmpty()) {
        flush(run, mentions);
      }
      if (possessive) {
        flush(run, mentions);
      }
      i = end;
    }
    flush(run, mentions);
  }

  /** The words of a run of capitalised words, and the words of the text each covers. */
  private static final class Run {
    final Words tokens;
    String[] words = new String[8];
    int[] from = new int[8];
    int[] to = new int[8];
    int size;
    boolean sentenceStart;

    Run(Words tokens) {
      this.tokens = tokens;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void add(String word, int fromToken, int toToken) {
      if (size == words.length) {
        words = Arrays.copyOf(words, size * 2);
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
      }
      words[size] = word;
      from[size] = fromToken;
      to[size] = toToken;
      size++;
    }
  }

  private void flush(Run runOfWords, List<Mention> out) {
    if (runOfWords.isEmpty()) {
      return;
    }
    String[] run = runOfWords.words;
    int size = runOfWords.size;
    int from = 0;
    for (int k = 0; k < size - 1; k++) {
      String word = run[k];
      int hyphen = word.indexOf('-');
      if (words.titleWords().contains(word)
          || (hyphen >= 0 && words.titleWords().contains(word.substring(0, hyphen)))) {
        from = k + 1;
      }
    }
    while (from < size && (words.functionWords().contains(run[from])
        || (from < size - 1 && gazetteer.isDemonymLike(run[from])))) {
      from++;
    }
    int to = size;
    while (to > from && PARTICLES.contains(run[to - 1])) {
      to--;
    }
    if (from < to) {
      int firstToken = runOfWords.from[from];
      List<String> name = to - from == 1 ? List.of(run[from])
          : List.of(Arrays.copyOfRange(run, from, to));
      out.add(new Mention(name,
          runOfWords.sentenceStart && from == 0, runOfWords.tokens, firstToken,
          runOfWords.to[to - 1] - firstToken));
    }
    runOfWords.size = 0;
  }

}
