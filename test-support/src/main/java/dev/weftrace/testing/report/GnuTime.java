package dev.weftrace.testing.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What GNU {@code time -v} measured of one process: wall, user and system time, and peak resident
 * memory. The benchmarks run programs under {@code /usr/bin/time -v -o FILE} and read FILE here.
 *
 * @param wallSeconds elapsed wall-clock time
 * @param userSeconds CPU time in user mode, all threads
 * @param systemSeconds CPU time in the kernel, all threads
 * @param maxRssKib peak resident set size in KiB
 */
public record GnuTime(
    double wallSeconds, double userSeconds, double systemSeconds, long maxRssKib) {

  /** The command line prefix that runs a program under GNU time, writing to {@code output}. */
  public static List<String> prefix(Path output) {
    return List.of("/usr/bin/time", "-v", "-o", output.toString());
  }

  /** {@code command} under GNU time, writing its figures to {@code output}. */
  public static List<String> wrap(Path output, List<String> command) {
    List<String> wrapped = new ArrayList<>(prefix(output));
    wrapped.addAll(command);
    return wrapped;
  }

  /** Reads the file GNU time wrote. */
  public static GnuTime read(Path output) throws IOException {
    return parse(Files.readAllLines(output, StandardCharsets.UTF_8));
  }

  /** Parses GNU time's {@code -v} lines; a figure it did not print is 0. */
  public static GnuTime parse(List<String> lines) {
    double wall = 0;
    double user = 0;
    double system = 0;
    long rss = 0;
    for (String line : lines) {
      String value = line.substring(line.lastIndexOf(": ") + 2).trim();
      if (line.contains("Elapsed (wall clock)")) {
        wall = clock(value);
      } else if (line.contains("User time")) {
        user = Double.parseDouble(value);
      } else if (line.contains("System time")) {
        system = Double.parseDouble(value);
      } else if (line.contains("Maximum resident")) {
        rss = Long.parseLong(value);
      }
    }
    return new GnuTime(wall, user, system, rss);
  }

  /** {@code h:mm:ss} or {@code m:ss.cc} in seconds. */
  private static double clock(String value) {
    String[] parts = value.split(":");
    double seconds = 0;
    for (String part : parts) {
      seconds = seconds * 60 + Double.parseDouble(part);
    }
    return seconds;
  }
}
