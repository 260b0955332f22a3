package dev.dateline.parse;

import dev.dateline.article.Photo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text of an article file section by section (see {@link Section}): page chrome and
 * section label, headline, deck (standfirst and photo), body with its dateline, tags line.
 * One reader per file: it keeps the state of the file being read.
 */
final class ArticleReader {

  /** The dateline is looked for this many lines after the headline at most. */
  private static final int DECK_LINES = 20;

  /** A page's tag list under a "Tags" heading has at most this many tags, one a line. */
  private static final int TAG_LINES = 15;

  /** Tags are short names; a longer line under "Tags" is text. */
  private static final int TAG_LENGTH = 40;

  /** Without a dateline, the deck ends at the last page line (byline, credit, time) before
   * this many lines of text in a row. */
  private static final int TEXT_RUN = 3;

  /** Page controls after the tag line that go with it. */
  private static final int TRAILING_CONTROLS = 3;

  private static final Pattern TAG_SEPARATOR = Pattern.compile("[,;]");

  private final LineCursor cursor;
  private final DatelineParser datelines;
  private final CreditParser credits;

  private String section;
  private Line headline;
  private String standfirst;
  private Photo photo;
  private DatelineParser.Match dateline;
  private final List<String> body = new ArrayList<>();
  private int bodyLine;
  private final List<String> tags = new ArrayList<>();

  ArticleReader(LineCursor cursor, DatelineParser datelines, CreditParser credits) {
    this.cursor = cursor;
    this.datelines = datelines;
    this.credits = credits;
  }

  ArticleText read() {
    Section state = Section.TAGS;
    while (state != Section.DONE) {
      state = switch (state) {
        case TAGS -> readTags();
        case PREAMBLE -> readPreamble();
        case HEADLINE -> readHeadline();
        case DECK -> readDeck();
        case BODY -> readBody();
        case DONE -> Section.DONE;
      };
    }
    return new ArticleText(section, headline == null ? null : headline.text(),
        headline == null ? 0 : headline.number(), standfirst, photo, dateline, body, bodyLine,
        tags);
  }

  /**
   * The page's tag line is the last line, or followed only by page controls ("Share"); read first
   * so that the body stops before it.
   */
  private Section readTags() {
    int last = lastBeforeControls(cursor.end());
    if (last >= 0 && cursor.at(last).text().regionMatches(true, 0, "Tags:", 0, 5)) {
      for (String tag : TAG_SEPARATOR.split(cursor.at(last).text().substring(5))) {
        String t = tag.strip();
        if (!t.isEmpty()) {
          tags.add(t);
        }
      }
      cursor.endAt(lastBeforeControls(last) + 1);
      return Section.PREAMBLE;
    }
    int heading = tagHeading(last);
    if (heading > 0) {
      for (Line line : cursor.range(heading + 1, last + 1)) {
        tags.add(line.text());
      }
      last = lastBeforeControls(heading);
    }
    cursor.endAt(last + 1);
    return Section.PREAMBLE;
  }

  /** The last line before page controls ("Share", "More", an advertisement) that end the text. */
  private int lastBeforeControls(int end) {
    int last = end - 1;
    while (last > 1 && end - last <= TRAILING_CONTROLS
        && (PageChrome.isNavigationWord(cursor.at(last).text())
            || PageChrome.isBodyChrome(cursor.at(last).text()))) {
      last--;
    }
    return last;
  }

  /** The "Tags" line heading the page's tag list, one tag a line, or -1. */
  private int tagHeading(int last) {
    for (int i = last - 1; i > 1 && last - i <= TAG_LINES; i--) {
      String text = cursor.at(i).text();
      if (text.equalsIgnoreCase("Tags") || text.equalsIgnoreCase("Теги")) {
        return i;
      }
      if (text.length() > TAG_LENGTH || text.endsWith(".")) {
        return -1;
      }
    }
    return -1;
  }

  private Section readPreamble() {
    while (!cursor.atEnd()) {
      String text = cursor.peek().text();
      String label = PageChrome.sectionLabel(text);
      if (label != null && cursor.position() + 1 < cursor.end()
          && datelines.parse(cursor.at(cursor.position() + 1).text()) == null) {
        section = label;
      } else if (PageChrome.isChrome(text)) {
        if (PageChrome.isBreadcrumb(text) && PageChrome.sectionOfBreadcrumb(text) != null) {
          section = PageChrome.sectionOfBreadcrumb(text);
        }
      } else {
        return Section.HEADLINE;
      }
      cursor.next();
    }
    return Section.DONE;
  }

  private Section readHeadline() {
    if (datelines.parse(cursor.peek().text()) != null) {
      return Section.BODY;
    }
    headline = cursor.next();
    return Section.DECK;
  }

  private Section readDeck() {
    int from = cursor.position();
    int limit = Math.min(cursor.end(), from + DECK_LINES);
    int bodyStart = -1;
    for (int i = from; i < limit; i++) {
      dateline = datelines.parse(cursor.at(i).text());
      if (dateline != null) {
        bodyStart = i;
        break;
      }
    }
    if (bodyStart < 0) {
      bodyStart = deckEndWithoutDateline(from);
    }
    List<Line> deck = new ArrayList<>();
    boolean afterByline = false;
    boolean afterLinkIntro = false;
    for (Line line : cursor.range(from, bodyStart)) {
      String text = line.text();
      if (afterLinkIntro || PageChrome.introducesLink(text)) {
        afterLinkIntro = !afterLinkIntro;
        continue;
      }
      boolean byline = PageChrome.isByline(text)
          || ((deck.isEmpty() || afterByline) && PageChrome.isAgencyByline(text));
      if (!byline && !PageChrome.isDeckChrome(text) && !text.equals(headline.text())) {
        deck.add(line);
      }
      afterByline = byline;
    }
    readStandfirstAndPhoto(deck);
    cursor.moveTo(bodyStart);
    return Section.BODY;
  }

  /**
   * Without a dateline to mark the body, the deck is what shares the headline's block, plus the
   * next block when it holds a photo credit, and at least up to the last page line (byline,
   * time, credit) that comes before the text starts; anything else is body.
   */
  private int deckEndWithoutDateline(int from) {
    int marked = lastDeckMarker(from) + 1;
    int i = from;
    while (i < cursor.end() && cursor.at(i).block() == headline.block()) {
      i++;
    }
    if (i >= cursor.end()) {
      return Math.max(from, marked);
    }
    int block = cursor.at(i).block();
    int j = i;
    boolean hasCredit = false;
    while (j < cursor.end() && cursor.at(j).block() == block) {
      hasCredit |= isPhotoLine(cursor.at(j));
      j++;
    }
    return Math.max(hasCredit && j < cursor.end() ? j : i, marked);
  }

  /** The last byline, time, control or photo line under the headline, or {@code from - 1}. */
  private int lastDeckMarker(int from) {
    int limit = Math.min(cursor.end(), from + DECK_LINES);
    int marker = from - 1;
    int text = 0;
    for (int i = from; i < limit && text < TEXT_RUN; i++) {
      Line line = cursor.at(i);
      if (PageChrome.isDeckChrome(line.text()) || isPhotoLine(line)) {
        marker = i;
        text = 0;
      } else {
        text++;
      }
    }
    return marker;
  }

  private boolean isPhotoLine(Line line) {
    return credits.isCreditLine(line) || credits.splitTrailingCredit(line.text()) != null;
  }

  /**
   * Standfirst, caption and credit, in that order, each optional; web copies repeat the caption
   * and the credit ("©") after the first pair, which is the same photo again.
   */
  private void readStandfirstAndPhoto(List<Line> deck) {
    int credit = -1;
    for (int i = 0; i < deck.size(); i++) {
      if (credits.isCreditLine(deck.get(i))) {
        credit = i;
        break;
      }
    }
    if (credit < 0) {
      readDeckWithoutCreditLine(deck);
      return;
    }
    credit = firstPrinting(deck, credit);
    String caption = null;
    int standfirstEnd = credit;
    if (credit >= 1) {
      String before = deck.get(credit - 1).text();
      boolean repeated = credit + 1 < deck.size() && deck.get(credit + 1).text().equals(before);
      if (credit >= 2 || repeated || isLoneCredit(deck, credit)) {
        caption = before;
        standfirstEnd = credit - 1;
      }
    }
    standfirst = join(deck.subList(0, standfirstEnd));
    photo = credits.photo(caption, deck.get(credit).text());
  }

  /**
   * "© Name/Kommersant" is known for a credit by its "©"; the same credit printed before it
   * without the sign is the first printing of it.
   */
  private static int firstPrinting(List<Line> deck, int credit) {
    String text = deck.get(credit).text();
    if (!text.startsWith("©")) {
      return credit;
    }
    String plain = text.substring(1).strip();
    for (int i = 0; i < credit; i++) {
      if (deck.get(i).text().equals(plain)) {
        return i;
      }
    }
    return credit;
  }

  /**
   * One line before a credit is a caption ("Police in Paris", "AFP PHOTO / ...") unless the credit
   * has the page-copy form that follows a standfirst when the caption is missing: "©" or repeated.
   */
  private boolean isLoneCredit(List<Line> deck, int credit) {
    boolean repeatedCredit = credit + 1 < deck.size() && credits.isCreditLine(deck.get(credit + 1));
    return !deck.get(credit).text().startsWith("©") && !repeatedCredit;
  }

  /** A caption may come with no credit at all; web copies still print it twice. */
  private void readDeckWithoutCreditLine(List<Line> deck) {
    for (int i = 0; i < deck.size(); i++) {
      String text = deck.get(i).text();
      String[] split = credits.splitTrailingCredit(text);
      if (split != null) {
        standfirst = join(deck.subList(0, i));
        photo = credits.photo(split[0], split[1]);
        return;
      }
      if (i + 1 < deck.size() && deck.get(i + 1).text().equals(text)) {
        standfirst = join(deck.subList(0, i));
        photo = credits.photo(text, null);
        return;
      }
    }
    standfirst = join(deck);
  }

  private Section readBody() {
    if (cursor.atEnd()) {
      return Section.DONE;
    }
    Line first = cursor.next();
    bodyLine = first.number();
    if (dateline == null) {
      dateline = datelines.parse(first.text());
    }
    String firstText = dateline == null ? first.text() : dateline.rest();
    if (!firstText.isEmpty()) {
      body.add(firstText);
    }
    while (!cursor.atEnd()) {
      String text = cursor.next().text();
      if (!PageChrome.isBodyChrome(text)) {
        body.add(text);
      }
    }
    return Section.DONE;
  }

  /** Line texts have no outer or repeated spaces, so neither has the joined text. */
  private static String join(List<Line> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(line.text());
    }
    return out.toString();
  }
}
