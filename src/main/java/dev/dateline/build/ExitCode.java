package dev.dateline.build;

/** What a run of Dateline ended with; the numbers are part of the command line's contract. */
public enum ExitCode {
  /** Everything built; there may be warnings. */
  OK(0),
  /** The site was built and published, but some files were rejected (or warnings under --strict). */
  CONTENT_PROBLEMS(1),
  /** The command line was wrong. */
  USAGE(2),
  /** Nothing was published: configuration, templates or the output folder stopped the build. */
  BUILD_FAILED(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
