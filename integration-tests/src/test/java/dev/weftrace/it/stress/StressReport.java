package dev.weftrace.it.stress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Prints each workload's one-line summary and, when the system property {@code
 * weftrace.stress.report} names a Markdown file (the {@code stress} profile sets it to {@code
 * STRESS.md}), rewrites the part of that file between {@link #BEGIN} and {@link #END} with the
 * table of this JVM's runs, the machine, the date and the Maven command. The rest of the file is
 * left as written by hand.
 */
final class StressReport {

  static final String BEGIN = "<!-- stress-run:begin (written by the stress profile) -->";
  static final String END = "<!-- stress-run:end -->";

  /** The figures of one workload's run. */
  record Row(
      String workload,
      long calls,
      int threads,
      long appFailures,
      long contextLeaks,
      long spansExpected,
      long spansStarted,
      long spansEnded,
      double heapDeltaMb,
      double seconds,
      long seed) {

    /** Spans that should have ended and did not: never started, or started and never ended. */
    long spansLost() {
      return spansExpected - spansEnded;
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "weftrace-stress %s: calls=%d threads=%d appFailures=%d contextLeaks=%d"
              + " spansExpected=%d spansStarted=%d spansEnded=%d spansLost=%d heapDeltaMb=%.2f"
              + " seconds=%.1f seed=%#x",
          workload,
          calls,
          threads,
          appFailures,
          contextLeaks,
          spansExpected,
          spansStarted,
          spansEnded,
          spansLost(),
          heapDeltaMb,
          seconds,
          seed);
    }

    String markdown() {
      return String.format(
          Locale.ROOT,
          "| %s | %,d | %d | %,d | %,d | %,d | %,d | %,d | %,d | %+.2f MB | %.1f s |",
          workload,
          calls,
          threads,
          appFailures,
          contextLeaks,
          spansExpected,
          spansStarted,
          spansEnded,
          spansLost(),
          heapDeltaMb,
          seconds);
    }
  }

  private static final Map<String, Row> ROWS = new TreeMap<>();

  private StressReport() {}

  /** Prints {@code row}'s summary line and, if asked for, updates the report file. */
  static synchronized void publish(Row row) {
    System.out.println(row.summary());
    String file = System.getProperty("weftrace.stress.report");
    if (file == null || file.isBlank()) {
      return;
    }
    ROWS.put(row.workload(), row);
    Path path = Path.of(file);
    try {
      String old = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
      Files.writeString(path, replaceBlock(old, block(row.seed())), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the stress report " + path, e);
    }
  }

  private static String replaceBlock(String old, String block) {
    int begin = old.indexOf(BEGIN);
    int end = old.indexOf(END);
    if (begin < 0 || end < begin) {
      return old + (old.isEmpty() || old.endsWith("\n") ? "" : "\n") + block + "\n";
    }
    return old.substring(0, begin) + block + old.substring(end + END.length());
  }

  private static String block(long seed) {
    StringBuilder out = new StringBuilder(BEGIN).append("\n\n");
    out.append(
        "| Workload | Calls | Threads | App-visible failures | Calls leaving a context"
            + " | Spans expected | Spans started | Spans ended | Spans lost | Heap delta after GC"
            + " | Wall time |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : ROWS.values()) {
      out.append(row.markdown()).append('\n');
    }
    out.append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "- Wall time of the workloads: %.1f s in all (target: under 10 minutes on 2 cores)%n",
            ROWS.values().stream().mapToDouble(Row::seconds).sum()));
    out.append("- Date: ")
        .append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
        .append('\n');
    out.append("- Command: `").append(command()).append("`\n");
    out.append("- Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" processors (nproc), ")
        .append(cpuModel())
        .append(", ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append(", max heap ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
        .append(" MB\n");
    out.append("- `java -version`: ").append(javaVersion()).append('\n');
    out.append(String.format(Locale.ROOT, "- Seed: `%#x`%n", seed));
    out.append('\n').append(END);
    return out.toString();
  }

  /** The Maven command line, as the {@code mvn} script exports it to the forked test JVM. */
  private static String command() {
    String args = System.getenv("MAVEN_CMD_LINE_ARGS");
    return args == null
        ? "(not run by the mvn script)"
        : ("mvn " + args.trim()).replaceAll("\\s+", " ");
  }

  /** The processor model as Linux names it, or {@code "unknown processor"}. */
  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown processor");
    } catch (IOException | RuntimeException e) {
      return "unknown processor";
    }
  }

  /** The three lines of {@code java -version}, from this JVM's own properties. */
  private static String javaVersion() {
    return String.format(
        Locale.ROOT,
        "%s version \"%s\" %s; %s (build %s); %s (build %s, %s)",
        "OpenJDK Runtime Environment".equals(System.getProperty("java.runtime.name"))
            ? "openjdk"
            : "java",
        System.getProperty("java.version"),
        System.getProperty("java.version.date", ""),
        System.getProperty("java.runtime.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"),
        System.getProperty("java.vm.info"));
  }
}
