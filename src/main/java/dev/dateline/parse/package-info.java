/**
 * The article parser: bytes of one copied wire article in, an {@code Article} record and
 * line-numbered problems out. {@link dev.dateline.parse.ArticleParser} is the entry point; the
 * rest is package-private, one idea per class: {@code TextDecoder} (UTF-8, BOM, line endings),
 * {@code FrontMatterReader}, {@code LineCursor} and {@code ArticleReader} (the states of
 * {@code Section}), {@code DatelineParser}, {@code CreditParser}, {@code DateResolver},
 * {@code SlugPolicy}.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>{@code dateline.raw} runs from the start of the first paragraph up to and including the
 *       dateline's closing punctuation, without the space after it: "MOSCOW, September 10.
 *       /TASS/.", "LONDON, Jan 5 (Reuters) -", "KYIV, Ukraine (AP) —", "BRUSSELS --". Odd spaces
 *       (no-break and the like) in it are ordinary spaces, as everywhere in the record.
 *   <li>{@code dateSource} names what gave the year: "dateline" only when the dateline states its
 *       year; a month and day completed from front matter, the path or the configuration give
 *       "front-matter", "path" or "config", with a warning saying where the year came from.
 *   <li>Body paragraphs are the non-blank lines after the deck: page copies put one paragraph on
 *       a line. Nothing is removed from the body but the dateline and a final {@code Tags:} line.
 *   <li>Without a dateline to mark where the body begins, the standfirst is only recognised when
 *       it shares the headline's block or sits above a photo credit; otherwise the text under
 *       the headline is body.
 *   <li>One line before a credit is a caption ("A police officer in Paris" / "AFP PHOTO / ...")
 *       unless the credit has the page-copy shape that follows a standfirst when the caption is
 *       missing ("©", or the credit printed twice).
 * </ul>
 *
 * <h2>Problems</h2>
 *
 * Errors without an article: empty, blank or binary file, invalid UTF-8 (with the byte offset),
 * no headline, no body. Errors with an article (the build should fail, the text was still read):
 * invalid or unclosed front matter, a front matter date that is no date, an unsafe front matter
 * slug. Warnings, which the record also carries in {@code warnings}: year taken from elsewhere,
 * no date at all, a dateline date that does not exist, front matter date or path date differing
 * from the dateline, a weekday in the first paragraph that the date was not, unknown front matter
 * keys, a slug rewritten, a suspiciously long headline. A missing dateline, standfirst or photo
 * is no problem: the record shows it as {@code null}.
 */
package dev.dateline.parse;
