package dev.dateline.article;

import java.time.LocalDate;

/**
 * The dateline that opens the first body paragraph, e.g. {@code MOSCOW, September 10. /TASS/.}.
 *
 * @param raw the dateline exactly as it stands in the text
 * @param place the place in the case a reader would write it ("Moscow", "Kyiv, Ukraine")
 * @param date the full date, {@code null} when no year could be found for it
 * @param agency the agency as it writes its own name ("TASS", "AP"), or {@code null}
 */
public record Dateline(String raw, String place, LocalDate date, String agency) {}
