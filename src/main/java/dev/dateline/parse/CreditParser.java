package dev.dateline.parse;

import dev.dateline.article.Photo;
import java.util.Locale;

/**
 * Photo credits as printed under pictures: "© Valeriy Sharifulin/TASS", "REUTERS/Maxim Shemetov",
 * "Photo: Reuters/Maxim Shemetov", "AFP PHOTO / Kirill KUDRYAVTSEV", "Getty Images", and a
 * caption ending in "(AP Photo/Alexander Zemlianichenko)".
 */
final class CreditParser {

  /** A credit line is short; anything longer is prose that happens to contain a slash. */
  private static final int MAX_CREDIT = 80;

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

  /** A caption that ends in its own credit, "(AP Photo/Name)": the caption and the credit. */
  String[] splitTrailingCredit(String caption) {
    if (!caption.endsWith(")")) {
      return null;
    }
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

  /** The credit as printed without "©" or "Photo:", and its photographer and agency halves. */
  Photo photo(String caption, String printedCredit) {
    if (printedCredit == null) {
      return caption == null ? null : new Photo(caption, null, null, null);
    }
    String credit = clean(printedCredit);
    if (credit.isEmpty()) {
      return caption == null ? null : new Photo(caption, null, null, null);
    }
    String photographer = null;
    String agency = null;
    int slash = credit.indexOf('/');
    if (slash < 0) {
      String known = agencyOf(credit);
      if (known != null) {
        agency = known;
      } else {
        photographer = credit;
      }
    } else {
      String left = credit.substring(0, slash).strip();
      String right = credit.substring(slash + 1).strip();
      String leftAgency = agencyOf(left);
      String rightAgency = agencyOf(right);
      if (leftAgency != null && rightAgency == null) {
        agency = leftAgency;
        photographer = right;
      } else {
        photographer = left;
        agency = right.isEmpty() ? null : Agencies.normalise(right);
      }
      photographer = photographer.isEmpty() ? null : photographer;
    }
    return new Photo(caption, credit, photographer, agency);
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
    if (lower.startsWith("photo:") || lower.startsWith("фото:")) {
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
