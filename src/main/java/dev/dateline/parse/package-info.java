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
 *       a line. Nothing is removed from the body but the dateline, the page's tag list (a final
 *       {@code Tags:} line, or a "Tags" heading over one tag a line), page controls after the
 *       last paragraph ("Share", "More"), and lines that are never the agency's text wherever
 *       they stand: "Advertisement", newsletter prompts ending "Sign up here.", "Our Standards:
 *       The Thomson Reuters Trust Principles.", "Copyright 2024 The Associated Press. All rights
 *       reserved.", "© 2024 AFP". Credit lines such as "Reporting by ...; Editing by ..." and
 *       "Magdy reported from Cairo." are the agency's text and stay.
 *   <li>Between the headline and the body, page lines are no standfirst: controls ("Share",
 *       "Listen to this article"), bylines (also "Reuters" or "Associated Press" alone under the
 *       headline or the byline), publication times in any of the pages' shapes, "3 min read",
 *       "Source: Xinhua", editor's notes, revision notes "(Adds ...)", gallery counts "1 of 4",
 *       a repeat of the headline, and "Read also" with the headline of the article it links.
 *   <li>A caption may carry its credit: "... 2024. REUTERS/Name", "... (AP Photo/Name, File)",
 *       "... in Rome. Photograph: Name/Reuters". The caption keeps its own words ("FILE PHOTO:",
 *       "FILE -") but not the gallery position ("[1/3]", "Item 1 of 3") or "Purchase Licensing
 *       Rights". A credit of several parts ("Sputnik/Name/Kremlin via REUTERS/File Photo",
 *       "Name/POOL/TASS") names the first agency among them and the first other part as the
 *       photographer; "File Photo" and ", File" mark archive pictures and are no name.
 *   <li>Without a dateline to mark where the body begins, the standfirst is only recognised when
 *       it shares the headline's block or sits above a photo credit; otherwise the text under
 *       the headline is body. The body never starts before the last byline, time, control or
 *       photo line under the headline (so a file without blank lines still has a body).
 *   <li>"(Reuters) - Text" is a dateline without a place; "TASS correspondent Name" and
 *       "Корр. ТАСС Name" between slashes are TASS.
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
