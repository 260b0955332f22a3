package dev.dateline.cli;

import dev.dateline.build.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dateline} command. {@link #run} is the whole program and never exits the JVM, so tests
 * and {@code mvn exec:java} can call it; {@link #main} turns a failure into the process's exit code.
 */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "Dateline 0.1.0",
    description = "Builds a static news archive from article files copied from agency pages.",
    subcommands = {BuildCommand.class, ParseCommand.class, CheckCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    if (code != 0) {
      if (System.getProperty("maven.home") != null) {
        // Inside Maven's JVM (mvn exec:java): exiting would kill Maven; fail the goal instead.
        throw new IllegalStateException("dateline failed with exit code " + code);
      }
      System.exit(code);
    }
  }

  /** Runs the command line {@code args}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCode.BUILD_FAILED.code());
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("dateline: " + e.getMessage());
      e.getCommandLine().usage(err);
      return ExitCode.USAGE.code();
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
