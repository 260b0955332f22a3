package dev.dateline.trace;
public final class T {
  private static final long START = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
  public static void p(String what) {
    if (System.getenv("DL_TRACE") != null) System.err.println("TRACE " + (System.currentTimeMillis() - START) + " ms " + Thread.currentThread().getName() + " " + what);
  }
}
