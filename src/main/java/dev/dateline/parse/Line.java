package dev.dateline.parse;

/**
 * One non-blank line of the article text.
 *
 * @param number 1-based line number in the file
 * @param text the line with odd spaces made ordinary and outer spaces trimmed
 * @param indented the line began with a space, as photo credits do in page copies
 * @param block which blank-line-separated block the line belongs to
 */
record Line(int number, String text, boolean indented, int block) {}
