package io.github.peoplecongress.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every probe measures, from its first line: the JVM's start to {@code main} ({@code RuntimeMXBean} start time
 * against the clock at the first line of {@code main}), then the wall and process CPU time (every thread: the main
 * thread, the JIT compilers and the garbage collector) of each phase. A probe ends by printing one line,
 * {@code startup-probe name=ms ...}, that {@link StartupHarness} reads.
 *
 * <p>The management beans are looked up before the first phase starts, so that their own class loading (a harness
 * cost, about 10 ms) is counted in {@code harness-ms}, not in a phase.
 */
final class ProbeClock {
  /**
   * Hibernate Validator announces its version through java.util.logging at INFO; silenced as the CLI silences it,
   * before any phase. Held in a field because the log manager keeps loggers only weakly.
   */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private final long mainAtNanos;
  private final com.sun.management.OperatingSystemMXBean os;
  private final Map<String, Long> values = new LinkedHashMap<>();
  private final long firstPhaseNanos;
  private final long firstPhaseCpu;
  private long phaseNanos;
  private long phaseCpu;

  private ProbeClock(long mainAtMillis, long mainAtNanos) {
    this.mainAtNanos = mainAtNanos;
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    this.os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    values.put("jvm-to-main-ms", mainAtMillis - jvmStart);
    this.firstPhaseCpu = os.getProcessCpuTime();
    this.firstPhaseNanos = System.nanoTime();
    values.put("cpu-at-main-ms", firstPhaseCpu / 1_000_000);
    values.put("harness-ms", (firstPhaseNanos - mainAtNanos) / 1_000_000);
    this.phaseNanos = firstPhaseNanos;
    this.phaseCpu = firstPhaseCpu;
  }

  /**
   * Starts the clock; call it on the first line of {@code main}.
   *
   * @param mainAtMillis  {@code System.currentTimeMillis()} on the first line of {@code main}
   * @param mainAtNanos  {@code System.nanoTime()} on the first line of {@code main}
   * @return the clock, with the first phase started, not null
   */
  static ProbeClock start(long mainAtMillis, long mainAtNanos) {
    return new ProbeClock(mainAtMillis, mainAtNanos);
  }

  /**
   * Ends the current phase and starts the next: records its wall milliseconds as {@code <name>-ms} and its process
   * CPU milliseconds as {@code <name>-cpu-ms}.
   *
   * @param name  the phase, such as {@code "read"}, not null
   */
  void phase(String name) {
    long nanos = System.nanoTime();
    long cpu = os.getProcessCpuTime();
    values.put(name + "-ms", (nanos - phaseNanos) / 1_000_000);
    values.put(name + "-cpu-ms", (cpu - phaseCpu) / 1_000_000);
    phaseNanos = nanos;
    phaseCpu = cpu;
  }

  /**
   * Records the wall and CPU milliseconds from the first phase's start to the end of the latest phase, as
   * {@code <name>-ms} and {@code <name>-cpu-ms}.
   *
   * @param name  the total, such as {@code "library"}, not null
   */
  void total(String name) {
    values.put(name + "-ms", (phaseNanos - firstPhaseNanos) / 1_000_000);
    values.put(name + "-cpu-ms", (phaseCpu - firstPhaseCpu) / 1_000_000);
  }

  /** Prints the line the harness reads, with the milliseconds from the JVM's start to now. */
  void report() {
    values.put("main-to-end-ms", (System.nanoTime() - mainAtNanos) / 1_000_000);
    values.put("jvm-to-end-ms", values.get("jvm-to-main-ms") + values.get("main-to-end-ms"));
    StringBuilder line = new StringBuilder(StartupHarness.RESULT_PREFIX);
    values.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
    System.out.println(line);
    System.out.flush();
  }
}
