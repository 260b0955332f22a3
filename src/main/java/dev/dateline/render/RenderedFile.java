package dev.dateline.render;

/** One file of the built site: its path relative to the site root, and its bytes. */
public record RenderedFile(String path, byte[] bytes) {}
