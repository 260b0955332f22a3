package dev.dateline.parse;

/** The parts of an article file, in the order the reader meets them. */
enum Section {
  /** Page chrome ("All news", "Share", breadcrumbs) and the section label above the headline. */
  PREAMBLE,
  HEADLINE,
  /** Standfirst and lead photo: everything between the headline and the body. */
  DECK,
  /** Paragraphs; the first one opens with the dateline when the article has one. */
  BODY,
  /** The page's {@code Tags: a, b} line at the very end. */
  TAGS,
  DONE
}
