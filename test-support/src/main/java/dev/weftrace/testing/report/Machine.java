package dev.weftrace.testing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmark reports say about the machine and the code they ran on: the date, CPUs, load
 * average, Java and Maven versions, commit. Every value is best effort: {@code "?"} when it cannot
 * be read (no {@code /proc}, no git), never an exception.
 */
public final class Machine {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

  private Machine() {}

  /** Now, in UTC to the second. */
  public static String now() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(SECONDS);
  }

  /** Now, in UTC to the minute. */
  public static String nowToTheMinute() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(MINUTES);
  }

  /** The CPUs this JVM may use (what {@code nproc} prints). */
  public static int cpus() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} has them. */
  public static String loadAverage() {
    String line = firstLine(Path.of("/proc/loadavg"));
    String[] fields = line.split(" ");
    return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "?";
  }

  /** The CPU model, from {@code /proc/cpuinfo}. */
  public static String cpuModel() {
    return field(Path.of("/proc/cpuinfo"), "model name");
  }

  /** Total memory in GiB, from {@code /proc/meminfo}. */
  public static String memory() {
    String total = field(Path.of("/proc/meminfo"), "MemTotal").replace("kB", "").trim();
    try {
      return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(total) / 1048576.0);
    } catch (NumberFormatException e) {
      return "?";
    }
  }

  /** Operating system and kernel, as {@code uname -sr} prints them. */
  public static String kernel() {
    return System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  /** {@code java -version} of this JVM (the one JMH forks and the runs use), as lines. */
  public static List<String> javaVersion() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return Processes.output(List.of(java.toString(), "-version"));
  }

  /** {@code java -version} on one line. */
  public static String javaVersionLine() {
    return String.join(" ", javaVersion()).trim();
  }

  /** The first line of {@code mvn -v}, without colours. */
  public static String mavenVersion() {
    List<String> lines = Processes.output(List.of("mvn", "-v"));
    return lines.isEmpty() ? "?" : lines.get(0).replaceAll("\u001b\\[[0-9;]*m", "");
  }

  /** The short commit of HEAD, or {@code "?"}. */
  public static String commit() {
    List<String> lines = Processes.output(List.of("git", "rev-parse", "--short", "HEAD"));
    return lines.isEmpty() ? "?" : lines.get(0);
  }

  /** How many paths {@code git status --porcelain} lists (changed or untracked; 0 without git). */
  public static int changedPaths() {
    return Processes.output(List.of("git", "status", "--porcelain")).size();
  }

  private static String field(Path file, String name) {
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith(name)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // fall through
    }
    return "?";
  }

  private static String firstLine(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.isEmpty() ? "?" : lines.get(0);
    } catch (IOException e) {
      return "?";
    }
  }
}
