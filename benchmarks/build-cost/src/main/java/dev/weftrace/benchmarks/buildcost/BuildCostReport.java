package dev.weftrace.benchmarks.buildcost;

import dev.weftrace.benchmarks.buildcost.MavenPhases.Phase;
import dev.weftrace.testing.report.Spread;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The Markdown report of one build-cost run ({@code build-cost.md}): medians of the clean builds
 * against javac alone and the goal of 1.5×, where the time goes, and the extras. Reads only the
 * timed builds and what {@link BuildCostBenchmark} says about the run.
 */
final class BuildCostReport {

  /** Processor + weaving may cost at most this many times javac alone (wall time). */
  static final double GOAL = 1.5;

  static final List<String> CONFIGS = List.of("1-javac", "2-processor", "3-weave");

  /**
   * What the run knew besides its builds.
   *
   * @param header the lines above the tables: machine, input, warnings, weaving check
   * @param c1Ran whether the C1 extra ran
   * @param touchedRan whether the one-source-touched extra ran
   */
  record Run(List<String> header, boolean c1Ran, boolean touchedRan) {}

  private final List<TimedBuild> builds;
  private final StringBuilder out = new StringBuilder();

  private BuildCostReport(List<TimedBuild> builds) {
    this.builds = builds;
  }

  /** The whole report. */
  static String render(Run run, List<TimedBuild> builds) {
    BuildCostReport report = new BuildCostReport(builds);
    run.header().forEach(report::line);
    report.addCleanBuilds();
    report.addPhases();
    report.addWithoutMaven();
    report.addUnchanged();
    report.addC1(run.c1Ran());
    report.addTouched(run.touchedRan());
    return report.out.toString();
  }

  /** The verdict on a clean-build ratio to javac alone. */
  static String verdict(double ratio) {
    return ratio <= GOAL ? "met" : String.format(Locale.ROOT, "**missed** (%.2f×)", ratio);
  }

  private static String name(String config) {
    return switch (config) {
      case "1-javac" -> "1. javac only (`-proc:none`)";
      case "2-processor" -> "2. javac + weftrace-processor";
      default -> "3. processor + weaving (README setup)";
    };
  }

  private void addCleanBuilds() {
    double base = m("full", "1-javac", b -> b.time().wallSeconds());
    double baseCpu = m("full", "1-javac", TimedBuild::cpu);
    line("## Clean build: `clean`, then `mvn -B -o process-classes` timed");
    line("");
    line(
        "| configuration | wall s, median | each round | CPU user+sys s | wall / (1) | CPU / (1) |"
            + " goal: ≤ 1.5× (1) | max RSS MiB |");
    line("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (String c : CONFIGS) {
      double wall = m("full", c, b -> b.time().wallSeconds());
      double cpu = m("full", c, TimedBuild::cpu);
      String rounds =
          of("full", c).stream()
              .map(b -> f("%.1f", b.time().wallSeconds()))
              .collect(Collectors.joining(" "));
      String verdict = c.equals("1-javac") ? "baseline" : verdict(wall / base);
      line(
          f(
              "| %s | %.1f | %s | %.1f | %s | %s | %s | %.0f |",
              name(c),
              wall,
              rounds,
              cpu,
              ratio(wall, base),
              ratio(cpu, baseCpu),
              verdict,
              m("full", c, b -> b.time().maxRssKib() / 1024.0)));
    }
    line("");
  }

  private void addPhases() {
    line(
        "## Where the time goes: medians per phase, seconds of wall time (Maven's log timestamps)");
    line("");
    line(
        "| configuration | Maven start-up | resources | compiler plugin | javac (+ processor) |"
            + " aspectj plugin | ajc | Maven exit | total |");
    line("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (String c : CONFIGS) {
      StringBuilder row = new StringBuilder("| " + name(c) + " |");
      for (Phase phase : Phase.values()) {
        row.append(f(" %.2f |", phase("full", c, phase)));
      }
      line(row.append(f(" %.1f |", m("full", c, b -> b.time().wallSeconds()))).toString());
    }
    double j1 = phase("full", "1-javac", Phase.JAVAC);
    double j2 = phase("full", "2-processor", Phase.JAVAC);
    double j3 = phase("full", "3-weave", Phase.JAVAC);
    double a3 = phase("full", "3-weave", Phase.AJC);
    double p3 = phase("full", "3-weave", Phase.WEAVER_PLUGIN);
    double w3 = m("full", "3-weave", b -> b.time().wallSeconds());
    line("");
    line(
        f(
            "- **Processor**: the javac phase goes from %.2f s to %.2f s with weftrace-processor,"
                + " **+%.2f s** (+%.0f%%): the checks, 500 generated companion classes, and javac"
                + " compiling them in a second round. (Configuration 3 runs the same javac: %.2f s.)",
            j1, j2, j2 - j1, 100 * (j2 - j1) / j1, j3));
    line(
        f(
            "- **Weaving**: aspectj-maven-plugin set-up %.2f s + ajc %.2f s = **%.2f s**, %.0f%% of"
                + " configuration 3 and %.2f× the javac phase of (1).",
            p3, a3, p3 + a3, 100 * (p3 + a3) / w3, (p3 + a3) / j1));
    line(
        f(
            "- **Maven itself** (start-up + exit; weftrace changes neither): %.2f s in (1), %.2f s"
                + " in (3).",
            m("full", "1-javac", TimedBuild::fixed), m("full", "3-weave", TimedBuild::fixed)));
    line("");
  }

  private void addWithoutMaven() {
    double base = m("full", "1-javac", TimedBuild::work);
    line(
        "## Without Maven's start-up and exit (roughly what a build in a warm daemon or IDE pays)");
    line("");
    line("| configuration | wall − start-up − exit, s | ratio to (1) |");
    line("| --- | --- | --- |");
    for (String c : CONFIGS) {
      double work = m("full", c, TimedBuild::work);
      line(f("| %s | %.1f | %s |", name(c), work, ratio(work, base)));
    }
    line("");
  }

  private void addUnchanged() {
    line("## Rebuild with nothing changed (no clean, 1 build each)");
    line("");
    line("| configuration | wall s | CPU s | javac | aspectj plugin + ajc |");
    line("| --- | --- | --- | --- | --- |");
    for (String c : CONFIGS) {
      line(
          f(
              "| %s | %.1f | %.1f | %.2f | %.2f |",
              name(c),
              m("unchanged", c, b -> b.time().wallSeconds()),
              m("unchanged", c, TimedBuild::cpu),
              phase("unchanged", c, Phase.JAVAC),
              weaving("unchanged", c)));
    }
    line("");
  }

  private void addC1(boolean ran) {
    line(
        "## Extra: Maven's JVM on the C1 JIT only (`MAVEN_OPTS`/`.mvn/jvm.config`:"
            + " `-XX:TieredStopAtLevel=1`), clean build, 1 build each");
    line("");
    if (!ran) {
      line("Skipped: not enough time left in the budget.");
      line("");
      return;
    }
    double base = m("full", "1-javac", b -> b.time().wallSeconds());
    double w3 = m("full", "3-weave", b -> b.time().wallSeconds());
    double w1c = m("c1", "1-javac", b -> b.time().wallSeconds());
    double w3c = m("c1", "3-weave", b -> b.time().wallSeconds());
    line(
        "| configuration | wall s | CPU s | javac | ajc | vs the same configuration with the"
            + " default JIT (median above) |");
    line("| --- | --- | --- | --- | --- | --- |");
    line(
        f(
            "| 1. javac only, C1 | %.1f | %.1f | %.2f | – | %s× wall |",
            w1c,
            m("c1", "1-javac", TimedBuild::cpu),
            phase("c1", "1-javac", Phase.JAVAC),
            ratio(w1c, base)));
    line(
        f(
            "| 3. processor + weaving, C1 | %.1f | %.1f | %.2f | %.2f | %s× wall |",
            w3c,
            m("c1", "3-weave", TimedBuild::cpu),
            phase("c1", "3-weave", Phase.JAVAC),
            phase("c1", "3-weave", Phase.AJC),
            ratio(w3c, w3)));
    line("");
    line(
        f(
            "Ratio (3) / (1), both on C1: **%s**. (3) on C1 against (1) on the default JIT: **%s**.",
            ratio(w3c, w1c), ratio(w3c, base)));
    line("");
  }

  private void addTouched(boolean ran) {
    line("## Extra: one source touched, no clean (1 build each)");
    line("");
    if (!ran) {
      line("Skipped: not enough time left in the budget.");
      return;
    }
    double base = m("touched", "1-javac", b -> b.time().wallSeconds());
    line("| configuration | wall s | CPU s | javac | aspectj plugin + ajc | ratio to (1) |");
    line("| --- | --- | --- | --- | --- | --- |");
    for (String c : CONFIGS) {
      double wall = m("touched", c, b -> b.time().wallSeconds());
      line(
          f(
              "| %s | %.1f | %.1f | %.2f | %.2f | %s |",
              name(c),
              wall,
              m("touched", c, TimedBuild::cpu),
              phase("touched", c, Phase.JAVAC),
              weaving("touched", c),
              ratio(wall, base)));
    }
    line("");
    line(
        "maven-compiler-plugin recompiles the whole module when any source changed, and ajc then"
            + " weaves all of it again: an edit costs about what a clean build does.");
  }

  private List<TimedBuild> of(String kind, String config) {
    return builds.stream().filter(b -> b.kind().equals(kind) && b.config().equals(config)).toList();
  }

  /** The median of {@code figure} over the builds of this kind and configuration; 0 if none. */
  private double m(String kind, String config, ToDoubleFunction<TimedBuild> figure) {
    List<TimedBuild> list = of(kind, config);
    return list.isEmpty() ? 0 : Spread.of(list, figure).median();
  }

  private double phase(String kind, String config, Phase phase) {
    return m(kind, config, b -> b.phase(phase));
  }

  private double weaving(String kind, String config) {
    return phase(kind, config, Phase.WEAVER_PLUGIN) + phase(kind, config, Phase.AJC);
  }

  static String ratio(double a, double b) {
    return b > 0 ? f("%.2f", a / b) : "n/a";
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
