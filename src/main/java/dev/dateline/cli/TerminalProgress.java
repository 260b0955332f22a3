package dev.dateline.cli;

import dev.dateline.build.BuildProgress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar per long build phase, for a terminal. Phases of fewer than {@link #MIN_STEPS}
 * steps end too soon for a bar to help and show none.
 */
final class TerminalProgress implements BuildProgress {

  static final int MIN_STEPS = 2_000;

  private final PrintStream terminal;
  private volatile ProgressBar bar;

  TerminalProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public void start(String phase, long steps) {
    if (steps >= MIN_STEPS) {
      bar = new ProgressBarBuilder()
          .setTaskName(phase)
          .setInitialMax(steps)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(terminal))
          .clearDisplayOnFinish()
          .build();
    }
  }

  @Override
  public void step() {
    ProgressBar current = bar;
    if (current != null) {
      current.step();
    }
  }

  @Override
  public void finish() {
    ProgressBar current = bar;
    bar = null;
    if (current != null) {
      current.close();
    }
  }
}
