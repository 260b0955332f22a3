package dev.dateline.build;

/**
 * Hears how far a build is: each long phase starts with its number of steps, then reports every
 * step done. Called from several threads at once.
 */
public interface BuildProgress {

  /** Reports nothing. */
  BuildProgress NONE = new BuildProgress() {
    @Override
    public void start(String phase, long steps) {}

    @Override
    public void step() {}

    @Override
    public void finish() {}
  };

  void start(String phase, long steps);

  void step();

  void finish();
}
