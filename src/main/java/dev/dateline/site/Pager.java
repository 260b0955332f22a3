package dev.dateline.site;

/**
 * Where a page of a paginated list stands: "Page {@code number} of {@code total}", with links to
 * the neighbouring pages ({@code null} at either end).
 */
public record Pager(int number, int total, Link newer, Link older) {

  public boolean isShown() {
    return total > 1;
  }
}
