package io.github.peoplecongress.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs startup probes in fresh JVMs, each several times, and prints the median of every figure:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.peoplecongress.benchmarks.startup.StartupHarness
 * java -cp benchmarks/target/benchmarks.jar io.github.peoplecongress.benchmarks.startup.StartupHarness \
 *     --variant "default=benchmarks/target/benchmarks.jar" \
 *     --variant "c1=benchmarks/target/benchmarks.jar -XX:TieredStopAtLevel=1" \
 *     --variant "cds+c1=benchmarks/target/benchmarks.jar +cds -XX:TieredStopAtLevel=1" first-verdict
 * java -cp benchmarks/target/benchmarks.jar io.github.peoplecongress.benchmarks.startup.StartupHarness \
 *     --command "jar=java -jar examples/target/people-congress-cli.jar check examples/data/problem-year-2019.json" \
 *     --command "launcher=examples/target/people-congress check examples/data/problem-year-2019.json"
 * </pre>
 *
 * <p>Each probe is a {@code main} started with the harness's own {@code java}. A variant ({@code --variant
 * LABEL=CLASSPATH [JVM-ARGUMENT...]}, repeatable, split at spaces) says with which class path and JVM arguments;
 * without one, the probes run on the harness's own class path with the {@code --jvm-arg}s. The runs are interleaved
 * (probe A, B, C in each variant, then all again) so that a disturbance by another process spreads over all of them,
 * and a comparison of variants is made on the same machine at the same time. The word {@code +cds} among a variant's
 * JVM arguments gives each probe of that variant its own class-data-sharing archive: one training run of the probe,
 * not counted, with {@code -XX:ArchiveClassesAtExit}, then every counted run with {@code -XX:SharedArchiveFile}, as
 * the CLI's launcher runs with the archive the build made. Besides the probe's own figures the
 * harness records {@code process-ms}, the wall time from starting the process to its exit. With {@code --command
 * LABEL=COMMAND LINE} (repeatable, split at spaces) it runs those commands instead, interleaved, output discarded,
 * and records only their wall time.
 *
 * <p>Other processes disturb the figures (a build on the same two cores doubles them). Before each run the harness
 * therefore waits, up to {@code --max-wait} seconds (default 120), until the machine has been idle for half a second
 * (under 15% of its CPU busy, read from {@code /proc/stat}), and it prints how many runs had to start on a busy
 * machine; those figures deserve a second look.
 */
public final class StartupHarness {
  /** The start of the line in which a probe prints its figures. */
  static final String RESULT_PREFIX = "startup-probe";
  /** The small problem year, relative to the project's root directory. */
  static final String PROBLEM_YEAR = "examples/data/problem-year-2019.json";

  /** The probes by name: the main class and its arguments. */
  private static final Map<String, List<String>> PROBES = new LinkedHashMap<>();

  static {
    PROBES.put("jvm", List.of(JvmProbe.class.getName()));
    PROBES.put("jackson", List.of(JacksonProbe.class.getName()));
    PROBES.put("validator", List.of(ValidatorProbe.class.getName()));
    PROBES.put("validator-parameter", List.of(ValidatorProbe.class.getName(), "parameter"));
    PROBES.put("picocli", List.of(PicocliProbe.class.getName()));
    PROBES.put("read-stages", List.of(ReadStagesProbe.class.getName()));
    PROBES.put("first-verdict", List.of(FirstVerdict.class.getName()));
  }

  private static final String USAGE = "usage: StartupHarness [--runs N] [--max-wait S] [--file PATH]\n"
      + "           [--jvm-arg ARG]... | [--variant 'LABEL=CLASSPATH [JVM-ARG...]']...   [PROBE...]\n"
      + "       StartupHarness [--runs N] [--max-wait S] --command 'LABEL=COMMAND [ARG...]'...\n"
      + "probes: " + PROBES.keySet() + " (default: all)";

  /** A way to run the probes: a label, a class path and JVM arguments. */
  private record Variant(String label, String classPath, List<String> jvmArgs) {}

  /** The per-probe class-data-sharing archives of {@code +cds} variants, by probe and variant label. */
  private static final Map<String, Path> ARCHIVES = new LinkedHashMap<>();

  private StartupHarness() {}

  /**
   * Runs the probes, or the commands, and prints the medians.
   *
   * @param args  the options, see {@code --help}
   * @throws InterruptedException if interrupted while waiting for a run
   */
  public static void main(String[] args) throws InterruptedException {
    int runs = 7;
    int maxWaitSeconds = 120;
    List<String> jvmArgs = new ArrayList<>();
    List<Variant> variants = new ArrayList<>();
    Map<String, List<String>> commands = new LinkedHashMap<>();
    String file = null;
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--max-wait" -> maxWaitSeconds = Integer.parseInt(args[++i]);
        case "--jvm-arg" -> jvmArgs.add(args[++i]);
        case "--file" -> file = args[++i];
        case "--variant" -> {
          String[] labelled = labelled(args[++i]);
          List<String> words = List.of(labelled[1].trim().split("\\s+"));
          variants.add(new Variant(labelled[0], words.get(0), words.subList(1, words.size())));
        }
        case "--command" -> {
          String[] labelled = labelled(args[++i]);
          commands.put(labelled[0], List.of(labelled[1].trim().split("\\s+")));
        }
        case "--help", "-h" -> {
          System.out.println(USAGE);
          return;
        }
        default -> {
          if (!PROBES.containsKey(args[i])) {
            throw new IllegalArgumentException("unknown probe '" + args[i] + "'; known: " + PROBES.keySet());
          }
          probes.add(args[i]);
        }
      }
    }
    if (variants.isEmpty()) {
      variants.add(new Variant("", System.getProperty("java.class.path"), jvmArgs));
    } else if (!jvmArgs.isEmpty()) {
      throw new IllegalArgumentException("--jvm-arg applies without --variant only; put the arguments in the variants");
    }
    if (probes.isEmpty()) {
      probes.addAll(PROBES.keySet());
    }
    System.out.printf("%d runs each%n", runs);
    Map<String, Map<String, List<Long>>> figures = new LinkedHashMap<>();
    int busyStarts = 0;
    for (int run = 0; run < runs; run++) {
      if (!commands.isEmpty()) {
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
          busyStarts += waitUntilIdle(maxWaitSeconds) ? 0 : 1;
          long start = System.nanoTime();
          start(command.getValue(), true).waitFor();
          record(figures, command.getKey() + ": " + String.join(" ", command.getValue()), "process-ms",
              (System.nanoTime() - start) / 1_000_000);
        }
        continue;
      }
      for (String probe : probes) {
        for (Variant variant : variants) {
          busyStarts += waitUntilIdle(maxWaitSeconds) ? 0 : 1;
          runProbe(probe, variant, file, figures);
        }
      }
    }
    System.out.println(busyStarts == 0 ? "every run started on an idle machine"
        : busyStarts + " runs started on a busy machine (waited " + maxWaitSeconds + " s): repeat if they look off");
    if (commands.isEmpty()) {
      variants.stream().filter(variant -> !variant.label().isEmpty() || !variant.jvmArgs().isEmpty())
          .forEach(variant -> System.out.println("variant " + (variant.label().isEmpty() ? "" : variant.label() + ": ")
              + "-cp " + variant.classPath() + " " + String.join(" ", variant.jvmArgs())));
    }
    figures.forEach((probe, byKey) -> {
      System.out.println(probe);
      byKey.forEach((key, values) -> {
        List<Long> sorted = values.stream().sorted().toList();
        System.out.printf("  %-26s median %6d   (min %d, max %d)%n", key, median(sorted), sorted.get(0),
            sorted.get(sorted.size() - 1));
      });
    });
  }

  private static String[] labelled(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected LABEL=..., found '" + text + "'\n" + USAGE);
    }
    return new String[] {text.substring(0, eq), text.substring(eq + 1)};
  }

  private static void runProbe(String probe, Variant variant, String file,
      Map<String, Map<String, List<Long>>> figures) throws InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String jvmArg : variant.jvmArgs()) {
      if (jvmArg.equals("+cds")) {
        command.add("-XX:SharedArchiveFile=" + archive(probe, variant, file));
        command.add("-Xlog:cds*=off");
      } else {
        command.add(jvmArg);
      }
    }
    command.add("-cp");
    command.add(variant.classPath());
    command.addAll(PROBES.get(probe));
    if (file != null && (probe.equals("first-verdict") || probe.equals("read-stages"))) {
      command.add(file);
    }
    long start = System.nanoTime();
    Process process = start(command, false);
    String result = null;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT_PREFIX + " ")) {
          result = line;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int exit = process.waitFor();
    long processMs = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0 || result == null) {
      throw new IllegalStateException("probe " + probe + " exited " + exit + " without its figures: " + command);
    }
    String key = variant.label().isEmpty() ? probe : probe + " [" + variant.label() + "]";
    record(figures, key, "process-ms", processMs);
    for (String pair : result.substring(RESULT_PREFIX.length() + 1).split(" ")) {
      int eq = pair.indexOf('=');
      record(figures, key, pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
    }
  }

  /** Makes the probe's archive for the variant on first use, by one training run of the probe (not counted). */
  private static Path archive(String probe, Variant variant, String file) throws InterruptedException {
    String key = probe + " [" + variant.label() + "]";
    Path archive = ARCHIVES.get(key);
    if (archive != null) {
      return archive;
    }
    try {
      Path directory = Files.createTempDirectory("startup-harness");
      directory.toFile().deleteOnExit();
      archive = directory.resolve(probe + ".jsa");
      archive.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:ArchiveClassesAtExit=" + archive);
    variant.jvmArgs().stream().filter(jvmArg -> !jvmArg.equals("+cds")).forEach(command::add);
    command.add("-cp");
    command.add(variant.classPath());
    command.addAll(PROBES.get(probe));
    if (file != null && (probe.equals("first-verdict") || probe.equals("read-stages"))) {
      command.add(file);
    }
    int exit = start(command, true).waitFor();
    if (exit != 0 || !Files.isRegularFile(archive)) {
      throw new IllegalStateException("the training run of " + key + " made no archive (exit " + exit + "): " + command);
    }
    ARCHIVES.put(key, archive);
    return archive;
  }

  private static Process start(List<String> command, boolean discardOutput) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    if (discardOutput) {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    }
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  private static void record(Map<String, Map<String, List<Long>>> figures, String probe, String key, long value) {
    figures.computeIfAbsent(probe, p -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private static long median(List<Long> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Waits until under 15% of the machine's CPU was busy over the last half second, or the time runs out.
   *
   * @return whether the machine was idle; also true where {@code /proc/stat} cannot be read
   */
  private static boolean waitUntilIdle(int maxWaitSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + maxWaitSeconds * 1_000_000_000L;
    do {
      long[] before = cpuTicks();
      Thread.sleep(500);
      long[] after = cpuTicks();
      if (before == null || after == null) {
        return true;
      }
      long total = after[0] - before[0];
      long busy = after[1] - before[1];
      if (total > 0 && busy * 100 < total * 15) {
        return true;
      }
    } while (System.nanoTime() < deadline);
    return false;
  }

  /** The machine's CPU ticks since boot, all and busy (neither idle nor waiting for I/O); null if unknown. */
  private static long[] cpuTicks() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] fields = line.trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < Math.min(fields.length, 9); i++) {
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
      return new long[] {total, total - idle};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
