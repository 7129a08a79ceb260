package io.github.peoplecongress.benchmarks.startup;

/** The JVM alone: its start to {@code main}, and the harness's own cost, with no work. */
public final class JvmProbe {
  private JvmProbe() {}

  /**
   * Prints the probe line and ends.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    ProbeClock clock = ProbeClock.start(System.currentTimeMillis(), System.nanoTime());
    clock.report();
  }
}
