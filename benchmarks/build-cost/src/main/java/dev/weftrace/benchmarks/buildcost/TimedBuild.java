package dev.weftrace.benchmarks.buildcost;

import dev.weftrace.benchmarks.buildcost.MavenPhases.Phase;
import dev.weftrace.testing.report.GnuTime;
import java.util.Locale;
import java.util.Map;

/**
 * One timed build, as a line of the raw results ({@code build-cost.txt}) records it: {@code kind
 * round config wall_s user_s sys_s maxrss_kb startup_s resources_s cplugin_s javac_s wplugin_s
 * ajc_s shutdown_s}.
 *
 * @param kind {@code full} (after a clean), {@code unchanged}, {@code c1} or {@code touched}
 * @param round the round, from 1
 * @param config {@code 1-javac}, {@code 2-processor} or {@code 3-weave}
 * @param time what GNU time measured
 * @param phases seconds of wall time per phase, from Maven's log
 */
record TimedBuild(String kind, int round, String config, GnuTime time, Map<Phase, Double> phases) {

  /** The column names of {@link #line}, for the raw file's header. */
  static final String COLUMNS =
      "kind round config wall_s user_s sys_s maxrss_kb startup_s resources_s cplugin_s javac_s"
          + " wplugin_s ajc_s shutdown_s";

  /** This build as a line of the raw file. */
  String line() {
    return String.format(
        Locale.ROOT,
        "%s %d %s %.2f %.2f %.2f %d %.3f %.3f %.3f %.3f %.3f %.3f %.3f",
        kind,
        round,
        config,
        time.wallSeconds(),
        time.userSeconds(),
        time.systemSeconds(),
        time.maxRssKib(),
        phase(Phase.STARTUP),
        phase(Phase.RESOURCES),
        phase(Phase.COMPILER_PLUGIN),
        phase(Phase.JAVAC),
        phase(Phase.WEAVER_PLUGIN),
        phase(Phase.AJC),
        phase(Phase.SHUTDOWN));
  }

  /** Parses a line written by {@link #line}. */
  static TimedBuild parse(String line) {
    String[] f = line.trim().split("\\s+");
    if (f.length != 14) {
      throw new IllegalArgumentException("expected 14 columns: " + line);
    }
    Map<Phase, Double> phases = new java.util.EnumMap<>(Phase.class);
    Phase[] order = Phase.values();
    for (int i = 0; i < order.length; i++) {
      phases.put(order[i], Double.parseDouble(f[7 + i]));
    }
    GnuTime time =
        new GnuTime(
            Double.parseDouble(f[3]),
            Double.parseDouble(f[4]),
            Double.parseDouble(f[5]),
            Long.parseLong(f[6]));
    return new TimedBuild(f[0], Integer.parseInt(f[1]), f[2], time, phases);
  }

  double phase(Phase phase) {
    return phases.getOrDefault(phase, 0.0);
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
}
