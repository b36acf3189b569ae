package dev.weftrace.benchmarks.buildcost;

import dev.weftrace.benchmarks.buildcost.MavenPhases.Phase;
import dev.weftrace.benchmarks.buildcost.MavenPhases.PluginLine;
import dev.weftrace.testing.report.GnuTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One timed build, as a line of the raw results ({@code build-cost.txt}) records it: {@code project
 * kind round config wall_s user_s sys_s maxrss_kb}, one column per {@link Phase} in seconds ({@code
 * startup_s resources_s cplugin_s javac_s wplugin_s ajc_s weftrace_s shutdown_s}), then what
 * weftrace-maven-plugin logged ({@code woven methods weave_ms unchanged}, -1 without it).
 *
 * @param project {@code realistic} or {@code worst}
 * @param kind {@code full} (after a clean), {@code unchanged} or {@code edit}
 * @param round the round, from 1
 * @param config {@code 1-javac}, {@code 2-processor}, {@code 3-weave} or {@code 4-plugin}
 * @param time what GNU time measured
 * @param phases seconds of wall time per phase, from Maven's log
 * @param plugin weftrace-maven-plugin's own line
 */
record TimedBuild(
    String project,
    String kind,
    int round,
    String config,
    GnuTime time,
    Map<Phase, Double> phases,
    PluginLine plugin) {

  private static final int FIXED_COLUMNS = 8;
  private static final int PLUGIN_COLUMNS = 4;

  /** The column names of {@link #line}, for the raw file's header. */
  static final String COLUMNS =
      "project kind round config wall_s user_s sys_s maxrss_kb startup_s resources_s cplugin_s"
          + " javac_s wplugin_s ajc_s weftrace_s shutdown_s woven methods weave_ms unchanged";

  /** This build as a line of the raw file. */
  String line() {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s %s %d %s %.2f %.2f %.2f %d",
                project,
                kind,
                round,
                config,
                time.wallSeconds(),
                time.userSeconds(),
                time.systemSeconds(),
                time.maxRssKib()));
    for (Phase phase : Phase.values()) {
      line.append(String.format(Locale.ROOT, " %.3f", phase(phase)));
    }
    line.append(
        String.format(
            Locale.ROOT,
            " %d %d %d %d",
            plugin.woven(),
            plugin.methods(),
            plugin.millis(),
            plugin.unchanged()));
    return line.toString();
  }

  /** Parses a line written by {@link #line}. */
  static TimedBuild parse(String line) {
    String[] f = line.trim().split("\\s+");
    Phase[] order = Phase.values();
    int columns = FIXED_COLUMNS + order.length + PLUGIN_COLUMNS;
    if (f.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " columns: " + line);
    }
    Map<Phase, Double> phases = new EnumMap<>(Phase.class);
    for (int i = 0; i < order.length; i++) {
      phases.put(order[i], Double.parseDouble(f[FIXED_COLUMNS + i]));
    }
    GnuTime time =
        new GnuTime(
            Double.parseDouble(f[4]),
            Double.parseDouble(f[5]),
            Double.parseDouble(f[6]),
            Long.parseLong(f[7]));
    int p = FIXED_COLUMNS + order.length;
    PluginLine plugin =
        new PluginLine(
            Integer.parseInt(f[p]),
            Integer.parseInt(f[p + 1]),
            Long.parseLong(f[p + 2]),
            Integer.parseInt(f[p + 3]));
    return new TimedBuild(f[0], f[1], Integer.parseInt(f[2]), f[3], time, phases, plugin);
  }

  double phase(Phase phase) {
    return phases.getOrDefault(phase, 0.0);
  }

  double wall() {
    return time.wallSeconds();
  }

  double cpu() {
    return time.userSeconds() + time.systemSeconds();
  }

  /** Maven's own start-up and exit, which weftrace changes neither of. */
  double fixed() {
    return phase(Phase.STARTUP) + phase(Phase.SHUTDOWN);
  }

  /** Wall time without Maven's start-up and exit. */
  double work() {
    return time.wallSeconds() - fixed();
  }

  /** Weaving, whichever plugin does it: aspectj-maven-plugin and ajc, or weftrace's. */
  double weaving() {
    return phase(Phase.WEAVER_PLUGIN) + phase(Phase.AJC) + phase(Phase.WEFTRACE_PLUGIN);
  }
}
