package dev.dateline.article;

/**
 * The lead picture of an article: its caption and its credit as printed (without "©"), with the
 * credit's two halves where it has the form "Name/Agency". Any part may be {@code null}.
 */
public record Photo(String caption, String credit, String photographer, String agency) {}
