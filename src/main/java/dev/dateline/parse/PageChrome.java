package dev.dateline.parse;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of the web page a text was copied from that are not part of the article: navigation
 * ("All news", "Share", breadcrumbs) and the section label above the headline ("World").
 */
final class PageChrome {

  private static final Set<String> CHROME = Set.of("all news", "news", "latest news", "home",
      "share", "share this", "read more", "read also", "see also", "also read", "more", "menu",
      "search", "subscribe", "print", "back", "top stories", "advertisement", "ad", "follow us",
      "comments", "copy link", "copy", "tweet", "facebook", "twitter", "telegram", "vk", "email",
      "whatsapp", "related", "related news", "close", "skip to content", "skip to main content",
      "log in", "sign in", "login", "main", "feed", "all", "news feed", "lenta", "все новости",
      "новости", "главная", "поделиться", "читать далее", "читайте также", "лента новостей",
      "listen", "listen to this article", "save", "saved", "purchase licensing rights",
      "scroll to continue", "advertisement · scroll to continue", "gift article",
      "leer en español", "read in english", "link copied", "print article", "x", "linkedin",
      "reddit", "flipboard", "pinterest", "bluesky", "threads", "show more", "mail",
      "add ap news on google", "add ap news as your preferred source on google",
      "add as preferred source on google", "copy url", "open in app", "share this article",
      "share on facebook", "share on twitter", "share on x", "opens new tab", "tags", "теги",
      "слушать", "комментарии", "video", "photos", "play video", "watch video", "audio",
      "view comments", "text size", "summary", "follow", "companies");

  /** Not "Read more", which AP prints under a caption to open the rest of it. */
  private static final Set<String> LINK_INTROS = Set.of("read also", "see also", "also read",
      "related", "читайте также", "читать также", "по теме");

  private static final Set<String> NEWS_AGENCIES = Set.of("reuters", "by reuters", "ap",
      "associated press", "the associated press", "afp", "agence france-presse", "tass",
      "xinhua", "interfax", "upi", "ria novosti", "bloomberg", "тасс", "риа новости");

  /** Page lines about the article rather than of it, above the body: "Source: Xinhua". */
  private static final String[] DECK_LABELS = {"source:", "editor:", "editors:", "editor's note:",
      "editor’s note:", "writer:", "reporter:", "reporting by", "written by", "photo gallery",
      "источник:", "редактор:"};

  /** The first characters of {@code DECK_LABELS} and of {@code LINK_INTROS}. */
  private static final String DECK_LABEL_INITIALS = initials(List.of(DECK_LABELS));
  private static final String LINK_INTRO_INITIALS = initials(LINK_INTROS);

  private static final Map<String, String> SECTIONS = Map.ofEntries(
      section("World"), section("Business"), section("Politics"), section("Economy"),
      section("Sport"), section("Sports"), section("Science"), section("Society"),
      section("Culture"), section("Health"), section("Technology"), section("Tech"),
      section("Opinion"), section("Markets"), section("Finance"), section("Energy"),
      section("Environment"), section("Entertainment"), section("Travel"), section("Lifestyle"),
      section("Europe"), section("Asia"), section("Africa"), section("Americas"),
      section("Middle East"), section("International"), section("Military & Defense"),
      section("Russian Politics & Diplomacy"), section("Russia"), section("Emergencies"),
      section("Science & Space"), section("Business & Economy"), section("Society & Culture"),
      section("Defense"), section("Diplomacy"), section("U.S."), section("US"), section("UK"),
      section("Climate"), section("Arts"), section("Education"), section("Crime"),
      section("World News"), section("U.S. News"), section("US News"), section("Asia Pacific"),
      section("United States"), section("Legal"), section("Sustainability"),
      section("Commodities"), section("Breakingviews"), section("Oddities"),
      section("Religion"), section("Media"), section("Autos & Transportation"),
      section("Aerospace & Defense"), section("Retail & Consumer"), section("Global News"),
      section("Healthcare & Pharmaceuticals"), section("Media & Telecom"), section("China"),
      section("India"), section("Israel and Hamas at war"), section("Ukraine"),
      section("Russia-Ukraine war"), section("Europe News"), section("Asia News"),
      section("Politics News"), section("Economy & Business"),
      section("Политика"), section("Экономика и бизнес"), section("Экономика"),
      section("Общество"), section("Спорт"), section("Наука"), section("Культура"),
      section("Происшествия"), section("Международная панорама"), section("В мире"),
      section("Армия и ОПК"), section("Москва"), section("Регионы"), section("Мир"),
      section("Россия"), section("Бизнес"), section("Наука и техника"),
      section("Ukraine and Russia at War"),
      section("United Kingdom"), section("Japan"), section("Davos"),
      section("Sustainable Business"), section("Future of Health"), section("Future of Money"),
      section("World at Work"), section("Asian Markets"), section("Currencies"),
      section("Deals"), section("Emerging Markets"), section("European Markets"),
      section("Rates & Bonds"), section("Stocks"), section("U.S. Markets"), section("Wealth"),
      section("Artificial Intelligence"), section("Cybersecurity"), section("Space"),
      section("Disrupted"), section("Government"), section("Litigation"),
      section("Press Review"), section("Non-political"), section("Obituaries"),
      section("Sci-Tech"), section("Local News"), section("National"), section("Nation"));

  private static final String MONTH = "(?:" + Months.PATTERN + ")\\.?";
  private static final String DAY_MONTH = "(?:\\d{1,2} " + MONTH + "|" + MONTH + " \\d{1,2})";
  private static final Pattern TIMESTAMP = Pattern.compile("(?i)(?:upd(?:ated)?:? |published:? )?"
      + "(?:(?:" + DAY_MONTH + ",? (?:\\d{4},? )?|\\d{4}-\\d\\d-\\d\\d,? )?"
      + "\\d{1,2}:\\d\\d(?: ?[ap]\\.?m\\.?)?(?: (?:UTC|GMT|MSK|ET|EST|EDT|CET|CEST))?"
      + "|" + DAY_MONTH + ",? \\d{4}|\\d{4}-\\d\\d-\\d\\d)");

  /** Longer than any line {@code TimestampLine} or {@code TIMESTAMP} takes for a timestamp. */
  private static final int MAX_TIMESTAMP = 90;

  /** The separator between the crumbs of a breadcrumb. */
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile(" [>›»/|] ");

  private static String initials(Collection<String> words) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (initials.indexOf(word.substring(0, 1)) < 0) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  private static Map.Entry<String, String> section(String name) {
    return Map.entry(name.toLowerCase(Locale.ROOT), name);
  }

  private PageChrome() {}

  static boolean isChrome(String line) {
    return isNavigationWord(line) || isBreadcrumb(line) || isTimestamp(line);
  }

  /** "10 SEP 2019, 14:30", "September 10, 2019", "UPD: 18:05": when the page says it was
   * published or updated, above or under the headline. */
  static boolean isTimestamp(String line) {
    if (line.length() > MAX_TIMESTAMP || !hasDigit(line)) {
      return false;
    }
    return TimestampLine.is(line) || line.length() <= 48 && (Character.isDigit(line.charAt(0))
        || Character.isLetter(line.charAt(0))) && TIMESTAMP.matcher(line).matches();
  }

  /** Every timestamp shape holds a digit: most lines are known for no timestamp by that alone. */
  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "By Jane Doe", "By JOHN SMITH, Associated Press": the byline, which the record has no
   * field for and which is no standfirst. */
  static boolean isByline(String line) {
    return line.length() <= 80 && (line.startsWith("By ") || line.startsWith("BY "))
        && line.length() > 4 && Character.isUpperCase(line.charAt(3)) && !line.endsWith(".");
  }

  /** "3 min read", "5-minute read": the page's estimate of reading time. */
  static boolean isReadingTime(String line) {
    if (line.length() > 20 || line.isEmpty() || !Character.isDigit(line.charAt(0))) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.endsWith(" read") && (lower.contains("min") || lower.contains("hour"));
  }

  /** "Source: Xinhua", "Editor's note: ...": notes about the article between headline and body. */
  static boolean isDeckLabel(String line) {
    if (!mayStartInLowerCaseWith(line, DECK_LABEL_INITIALS)) {
      return false;
    }
    String lower = line.length() > 20 ? line.substring(0, 20).toLowerCase(Locale.ROOT)
        : line.toLowerCase(Locale.ROOT);
    for (String label : DECK_LABELS) {
      if (lower.startsWith(label)) {
        return true;
      }
    }
    return false;
  }

  /** Anything between the headline and the body that is neither standfirst nor photo. */
  static boolean isDeckChrome(String line) {
    return isNavigationWord(line) || isTimestamp(line) || isByline(line) || isReadingTime(line)
        || isDeckLabel(line) || isGalleryCount(line) || isRevisionNote(line);
  }

  /** "1 of 4": the position of the picture in the page's gallery. */
  static boolean isGalleryCount(String line) {
    if (line.startsWith("Item ")) {
      return isGalleryCount(line.substring(5));
    }
    if (line.length() <= 7 && line.startsWith("[") && line.endsWith("]")) {
      int slash = line.indexOf('/');
      return slash > 1 && isNumber(line.substring(1, slash))
          && isNumber(line.substring(slash + 1, line.length() - 1));
    }
    int of = line.indexOf(" of ");
    return line.length() <= 12 && of > 0 && isNumber(line.substring(0, of))
        && isNumber(line.substring(of + 4));
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "(Adds analyst comment in paragraphs 5-6)": what an updated wire story changed. */
  static boolean isRevisionNote(String line) {
    return line.length() <= 160 && line.startsWith("(") && line.endsWith(")")
        && (line.startsWith("(Adds ") || line.startsWith("(Updates ")
            || line.startsWith("(Recasts ") || line.startsWith("(Corrects ")
            || line.startsWith("(Changes ") || line.startsWith("(Rewrites ")
            || line.startsWith("(Repeats ") || line.startsWith("(Refiles "));
  }

  /** "Read also": the next line is the headline of another article. */
  static boolean introducesLink(String line) {
    return line.length() < 30 && mayStartInLowerCaseWith(line, LINK_INTRO_INITIALS)
        && LINK_INTROS.contains(line.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code line.toLowerCase(Locale.ROOT)} may start with one of {@code initials}: an
   * ASCII first character lowers to one ASCII character, so that the line need not be lowered
   * to know; any other character may lower to anything.
   */
  private static boolean mayStartInLowerCaseWith(String line, String initials) {
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    return first >= 0x80 || initials.indexOf(Character.toLowerCase(first)) >= 0;
  }

  /**
   * Lines a page puts between and after paragraphs that are no part of the article:
   * advertisements, newsletter prompts, the agency's standards and copyright notices.
   */
  static boolean isBodyChrome(String line) {
    if (line.length() > 160 || line.isEmpty()
        || ("AaSsOoCcPp©(".indexOf(line.charAt(0)) < 0 && !line.endsWith("here."))) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.equals("advertisement") || lower.startsWith("advertisement · ")
        || lower.equals("scroll to continue") || lower.endsWith("sign up here.")
        || lower.startsWith("our standards: the thomson reuters trust principles")
        || (lower.startsWith("copyright ") && lower.contains("all rights reserved"))
        || lower.equals("purchase licensing rights") || lower.equals("story continues below")
        || isAgencyCopyright(lower);
  }

  /** "© 2024 AFP", "(c) 2024 Reuters": the agency's copyright under the article. */
  private static boolean isAgencyCopyright(String lower) {
    String rest = lower.startsWith("©") ? lower.substring(1).strip()
        : lower.startsWith("(c) ") ? lower.substring(4).strip() : null;
    return rest != null && rest.length() >= 4 && rest.length() <= 40
        && isNumber(rest.substring(0, 4));
  }

  /**
   * "Reuters", "Associated Press": a news agency named alone under the headline or under the
   * byline is the byline, not the credit of a photo.
   */
  static boolean isAgencyByline(String line) {
    return line.length() <= 24 && NEWS_AGENCIES.contains(line.toLowerCase(Locale.ROOT));
  }

  /** "Share", "Read more": page controls, which web copies scatter anywhere above the body. */
  static boolean isNavigationWord(String line) {
    return line.length() < 30 && CHROME.contains(line.toLowerCase(Locale.ROOT));
  }

  /** The section as the page writes it, or {@code null} when the line is no section label. */
  static String sectionLabel(String line) {
    if (line.length() > 40) {
      return null;
    }
    String known = SECTIONS.get(line.toLowerCase(Locale.ROOT));
    return known != null || isCapitalsLabel(line) ? line : null;
  }

  /** "RUSSIA-UKRAINE WAR", "ELECTION 2024": a few words in capitals over a headline are the
   * page's section label, as AP prints them; headlines are not written in capitals. */
  private static boolean isCapitalsLabel(String line) {
    if (line.length() > 30 || Text.hasLowerCase(line) || Text.letterCount(line) < 3
        || line.split(" ").length > 4 || Agencies.known(line) != null) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '&' || c == '.'
          || c == '\'' || c == '’')) {
        return false;
      }
    }
    return true;
  }

  /** "Home > World > Europe", "News / Politics", "Home » Business". */
  static boolean isBreadcrumb(String line) {
    if (line.length() > 80 || !hasCrumbSeparator(line)) {
      return false;
    }
    String[] parts = CRUMB_SEPARATOR.split(line);
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      String p = part.strip();
      if (p.isEmpty() || p.length() > 30 || p.split(" ").length > 4 || p.endsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line holds a character of a crumb separator, without which it is one crumb. */
  private static boolean hasCrumbSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '>' || c == '›' || c == '»' || c == '/' || c == '|') {
        return true;
      }
    }
    return false;
  }

  /** The last crumb of a breadcrumb when it is a section label ("Home > World" → "World"). */
  static String sectionOfBreadcrumb(String line) {
    String[] parts = CRUMB_SEPARATOR.split(line);
    return sectionLabel(parts[parts.length - 1].strip());
  }
}
