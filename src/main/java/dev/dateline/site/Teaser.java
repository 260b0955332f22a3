package dev.dateline.site;

import java.time.LocalDate;

/** An article as it appears in a list: enough to choose it, with a link to the whole. */
public record Teaser(String headline, String url, LocalDate date, String dateText,
    String standfirst, String place) {}
