package dev.weftrace.benchmarks.buildcost;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one timed Maven build spent its wall time, from the timestamps of its log ({@code
 * -Dorg.slf4j.simpleLogger.showDateTime=true}, {@code HH:mm:ss.SSS}): each phase lasts from its
 * marker line to the next marker, the first from the process start, the last to its exit.
 */
final class MavenPhases {

  /** The phases, in the order a build goes through them. */
  enum Phase {
    /** JVM and Maven start, reading the pom, planning (process start to the first mojo). */
    STARTUP,
    /** maven-resources-plugin. */
    RESOURCES,
    /** maven-compiler-plugin before javac starts (stale-source check, class path). */
    COMPILER_PLUGIN,
    /** javac itself, annotation processing included ("Compiling N source files" to next mojo). */
    JAVAC,
    /** aspectj-maven-plugin before ajc starts (plugin class realm, arguments, builddef.lst). */
    WEAVER_PLUGIN,
    /**
     * ajc itself: reading, matching, weaving, writing ("Showing AJC message detail" to the end).
     */
    AJC,
    /**
     * weftrace-maven-plugin's {@code weave} goal: its class realm, reading the list, hashing, ajc
     * on the classes that changed, the check ("--- weftrace-maven-plugin:...:weave" to the next).
     */
    WEFTRACE_PLUGIN,
    /** After the last mojo until the process has exited. */
    SHUTDOWN
  }

  private static final int DAY = 86_400;

  private static final Pattern WEFTRACE_LINE =
      Pattern.compile(
          "weftrace: wove (\\d+) (?:test )?class(?:es)? \\((\\d+) traced methods?\\) in (\\d+) ms; (\\d+) unchanged");

  /**
   * What weftrace-maven-plugin said it did (its INFO line {@code weftrace: wove N classes (M traced
   * methods) in T ms; K unchanged}), or {@link #NOT_WOVEN} when it logged none.
   */
  record PluginLine(int woven, int methods, long millis, int unchanged) {}

  /** No line: another configuration, or nothing traced. */
  static final PluginLine NOT_WOVEN = new PluginLine(-1, -1, -1, -1);

  private MavenPhases() {}

  /** The plugin's line for the main classes in {@code log}, or {@link #NOT_WOVEN}. */
  static PluginLine pluginLine(List<String> log) {
    for (String line : log) {
      Matcher m = WEFTRACE_LINE.matcher(line);
      if (m.find() && !line.contains("test class")) {
        return new PluginLine(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Long.parseLong(m.group(3)),
            Integer.parseInt(m.group(4)));
      }
    }
    return NOT_WOVEN;
  }

  /**
   * Seconds per phase of the build whose process started at {@code start} and ended at {@code end}
   * (times of day in the log's zone) and that logged {@code log}. A phase the build did not reach
   * is 0; a build that runs over midnight is measured across it.
   */
  static Map<Phase, Double> of(List<String> log, LocalTime start, LocalTime end) {
    Map<Phase, Double> seconds = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      seconds.put(phase, 0.0);
    }
    double begin = secondOfDay(start);
    Phase current = Phase.STARTUP;
    double since = begin;
    for (String line : log) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 3 || !f[1].equals("[INFO]")) {
        continue;
      }
      Phase next = marker(f);
      if (next != null) {
        double at = after(begin, parse(f[0]));
        seconds.merge(current, at - since, Double::sum);
        current = next;
        since = at;
      }
    }
    seconds.merge(current, after(begin, secondOfDay(end)) - since, Double::sum);
    return seconds;
  }

  private static Phase marker(String[] f) {
    if (f[2].equals("BUILD")) {
      return Phase.SHUTDOWN;
    }
    if (f.length < 5) {
      return null;
    }
    if (f[2].equals("---")) {
      if (f[3].startsWith("maven-resources-plugin:")) {
        return Phase.RESOURCES;
      }
      if (f[3].startsWith("maven-compiler-plugin:")) {
        return Phase.COMPILER_PLUGIN;
      }
      if (f[3].startsWith("aspectj-maven-plugin:")) {
        return Phase.WEAVER_PLUGIN;
      }
      if (f[3].startsWith("weftrace-maven-plugin:") && f[3].contains(":weave")) {
        return Phase.WEFTRACE_PLUGIN;
      }
    }
    if (f[2].equals("Compiling") && f[4].equals("source")) {
      return Phase.JAVAC;
    }
    if (f[2].equals("Showing") && f[3].equals("AJC")) {
      return Phase.AJC;
    }
    return null;
  }

  private static double parse(String time) {
    try {
      return secondOfDay(LocalTime.parse(time));
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private static double secondOfDay(LocalTime time) {
    return time.toNanoOfDay() / 1e9;
  }

  private static double after(double begin, double at) {
    return at < begin ? at + DAY : at;
  }
}
