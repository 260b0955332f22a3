package dev.dateline.parse;

import dev.dateline.article.Photo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Photo credits as printed under pictures: "© Valeriy Sharifulin/TASS", "REUTERS/Maxim Shemetov",
 * "Photo: Reuters/Maxim Shemetov", "AFP PHOTO / Kirill KUDRYAVTSEV", "Getty Images", and a
 * caption ending in "(AP Photo/Alexander Zemlianichenko)".
 */
final class CreditParser {

  /** A credit line is short; anything longer is prose that happens to contain a slash. */
  private static final int MAX_CREDIT = 80;

  private static final Pattern GALLERY_POSITION = Pattern.compile("\\d+/\\d+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** Whether a line between the headline and the body is a credit rather than text. */
  boolean isCreditLine(Line line) {
    String text = line.text();
    if (text.startsWith("©") || text.startsWith("(c) ") || text.startsWith("(C) ")) {
      return true;
    }
    if (text.length() > MAX_CREDIT || endsLikeSentence(text)) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("photo:") || lower.startsWith("photo by ") || lower.startsWith("фото:")
        || lower.startsWith("photograph:")
        || lower.startsWith("afp photo") || lower.startsWith("ap photo")) {
      return true;
    }
    if (Agencies.known(text) != null) {
      return true;
    }
    int slash = text.indexOf('/');
    if (slash > 0 && slash < text.length() - 1 && text.indexOf('/', slash + 1) < 0) {
      return line.indented()
          || Agencies.known(text.substring(0, slash)) != null
          || Agencies.known(text.substring(slash + 1)) != null;
    }
    return false;
  }

  /**
   * A caption that ends in its own credit: "... (AP Photo/Name)", "... 2024. REUTERS/Name",
   * "... in Rome. Photograph: Name/Reuters". Returns the caption and the credit.
   */
  String[] splitTrailingCredit(String caption) {
    String text = withoutLicensingLink(caption);
    if (text.endsWith(")")) {
      return splitParenthesisedCredit(text);
    }
    int from = Math.max(0, text.length() - MAX_CREDIT);
    for (int dot = text.indexOf(". ", from); dot >= 0; dot = text.indexOf(". ", dot + 2)) {
      String credit = text.substring(dot + 2).strip();
      if (isInlineCredit(credit)) {
        return new String[] {text.substring(0, dot + 1).strip(), credit};
      }
    }
    int reuters = text.lastIndexOf(" REUTERS/");
    if (reuters > 0 && text.length() - reuters <= MAX_CREDIT
        && isInlineCredit(text.substring(reuters + 1))) {
      return new String[] {text.substring(0, reuters).strip(), text.substring(reuters + 1)};
    }
    return null;
  }

  private String[] splitParenthesisedCredit(String caption) {
    int open = caption.lastIndexOf('(');
    if (open < 0 || caption.length() - open > MAX_CREDIT) {
      return null;
    }
    String credit = caption.substring(open + 1, caption.length() - 1).strip();
    int slash = credit.indexOf('/');
    boolean photo = credit.toLowerCase(Locale.ROOT).contains("photo");
    boolean agencySide = slash > 0 && (agencyOf(credit.substring(0, slash).strip()) != null
        || agencyOf(credit.substring(slash + 1).strip()) != null);
    if (credit.isEmpty() || !(photo || agencySide)) {
      return null;
    }
    String head = caption.substring(0, open).strip();
    return new String[] {head.isEmpty() ? null : head, credit};
  }

  /** "REUTERS/Name", "Photograph: Name/Reuters", "Sputnik/Name/Kremlin via REUTERS", "Getty
   * Images": the end of a caption that is its credit. */
  private static boolean isInlineCredit(String credit) {
    if (credit.isEmpty() || credit.split(" ").length > 9) {
      return false;
    }
    String lower = credit.toLowerCase(Locale.ROOT);
    if (lower.startsWith("photograph:") || lower.startsWith("photo:")
        || lower.startsWith("фото:") || lower.startsWith("photo by ")) {
      return true;
    }
    if (Agencies.known(credit) != null) {
      return true;
    }
    if (credit.indexOf('/') < 0) {
      return false;
    }
    if (isNameSlashOwner(credit)) {
      return true;
    }
    for (String part : credit.split("/")) {
      if (agencyOf(viaAgency(part.strip())) != null) {
        return true;
      }
    }
    return false;
  }

  /** "Sergei Kiselev / Moskva News Agency": a name and an owner of capitalised words around a
   * spaced slash, as newspapers credit pictures of agencies we do not know. */
  private static boolean isNameSlashOwner(String credit) {
    int slash = credit.indexOf(" / ");
    if (slash < 0 || credit.indexOf('/', slash + 3) >= 0 || credit.endsWith(".")) {
      return false;
    }
    return capitalisedWords(credit.substring(0, slash))
        && capitalisedWords(credit.substring(slash + 3));
  }

  private static boolean capitalisedWords(String part) {
    String[] words = part.strip().split(" ");
    if (words.length > 5 || words[0].isEmpty()) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** "Kremlin via REUTERS" → "REUTERS": the agency that distributed a pool picture. */
  private static String viaAgency(String part) {
    int via = part.lastIndexOf(" via ");
    return via < 0 ? part : part.substring(via + 5).strip();
  }

  /** Reuters pages print a link after every caption. */
  private static String withoutLicensingLink(String caption) {
    String suffix = " Purchase Licensing Rights";
    return caption.endsWith(suffix)
        ? caption.substring(0, caption.length() - suffix.length()).strip() : caption;
  }

  /** The caption without the gallery position a page puts before it: "[1/3]", "Item 1 of 3". */
  static String captionText(String caption) {
    if (caption == null) {
      return null;
    }
    String text = caption;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close > 0 && close < 10 && GALLERY_POSITION.matcher(text.substring(1, close)).matches()) {
        text = text.substring(close + 1).strip();
      }
    } else if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
      int bar = text.indexOf(" | ");
      if (bar > 0 && PageChrome.isGalleryCount(text.substring(0, bar))) {
        text = text.substring(bar + 3).strip();
      }
    } else if (text.startsWith("Item ")) {
      String[] words = text.split(" ", 5);
      if (words.length == 5 && NUMBER.matcher(words[1]).matches() && words[2].equals("of")
          && NUMBER.matcher(words[3]).matches()) {
        text = words[4].strip();
      }
    }
    return text.isEmpty() ? null : text;
  }

  /** The credit as printed without "©" or "Photo:", and its photographer and agency halves. */
  Photo photo(String printedCaption, String printedCredit) {
    String caption = captionText(printedCaption);
    if (printedCredit == null) {
      return caption == null ? null : new Photo(caption, null, null, null);
    }
    String credit = clean(printedCredit);
    if (credit.isEmpty()) {
      return caption == null ? null : new Photo(caption, null, null, null);
    }
    String photographer = null;
    String agency = null;
    String[] parts = creditParts(credit);
    if (parts.length == 1) {
      String known = agencyOf(parts[0]);
      if (known != null) {
        agency = known;
      } else {
        photographer = parts[0];
      }
    } else if (parts.length == 2) {
      String left = parts[0];
      String right = parts[1];
      String leftAgency = agencyOf(left);
      String rightAgency = agencyOf(right);
      if (leftAgency != null && rightAgency == null) {
        agency = leftAgency;
        photographer = right;
      } else {
        photographer = left;
        agency = right.isEmpty() ? null : Agencies.normalise(right);
      }
    } else {
      for (String part : parts) {
        String known = agencyOf(viaAgency(part));
        if (known != null && agency == null) {
          agency = known;
        } else if (known == null && photographer == null && !part.contains(" via ")) {
          photographer = part;
        }
      }
    }
    photographer = photographer == null ? null : withoutFileMark(photographer);
    return new Photo(caption, credit, photographer == null || photographer.isEmpty()
        ? null : photographer, agency);
  }

  /** The halves of "Name/Agency", without the "File Photo" mark of an archive picture. */
  private static String[] creditParts(String credit) {
    String[] split = credit.split("/");
    List<String> parts = new ArrayList<>(split.length);
    for (String part : split) {
      String p = part.strip();
      if (!p.equalsIgnoreCase("File Photo") && !p.equalsIgnoreCase("File")) {
        parts.add(p);
      }
    }
    return parts.isEmpty() ? new String[] {""} : parts.toArray(new String[0]);
  }

  /** "Charlie Riedel, File": AP marks archive pictures after the name. */
  private static String withoutFileMark(String photographer) {
    return photographer.endsWith(", File")
        ? photographer.substring(0, photographer.length() - 6).strip() : photographer;
  }

  private static String agencyOf(String part) {
    String known = Agencies.known(part);
    if (known != null) {
      return known;
    }
    String lower = part.toLowerCase(Locale.ROOT);
    if (lower.endsWith(" photo")) {
      return Agencies.known(part.substring(0, part.length() - " photo".length()));
    }
    return null;
  }

  private static String clean(String printed) {
    String s = printed.strip();
    if (s.startsWith("©")) {
      s = s.substring(1).strip();
    } else if (s.startsWith("(c) ") || s.startsWith("(C) ")) {
      s = s.substring(4).strip();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("photograph:")) {
      s = s.substring(11).strip();
    } else if (lower.startsWith("photo:") || lower.startsWith("фото:")) {
      s = s.substring(6).strip();
    } else if (lower.startsWith("photo by ")) {
      s = s.substring(9).strip();
    }
    return Text.collapseSpaces(s);
  }

  private static boolean endsLikeSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' && !text.endsWith("Jr.") && text.indexOf(' ') >= 0
        && text.split(" ").length > 6;
  }
}
