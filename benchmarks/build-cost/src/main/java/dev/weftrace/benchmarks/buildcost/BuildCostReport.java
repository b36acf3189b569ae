package dev.weftrace.benchmarks.buildcost;

import dev.weftrace.benchmarks.buildcost.MavenPhases.Phase;
import dev.weftrace.testing.report.Spread;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The Markdown report of one build-cost run ({@code build-cost.md}): per project and scenario, the
 * medians of the interleaved rounds against javac alone and the targets, and where the time goes.
 * Reads only the timed builds and what {@link BuildCostBenchmark} says about the run.
 */
final class BuildCostReport {

  static final List<String> CONFIGS = List.of("1-javac", "2-processor", "3-weave", "4-plugin");

  /** The configuration the targets are for: docs/maven-plugin.md's setup. */
  static final String PLUGIN = "4-plugin";

  /** The scenarios, in the order a round runs them. */
  static final List<String> SCENARIOS = List.of("full", "unchanged", "edit");

  /**
   * One generated project.
   *
   * @param id its name in the raw file and its directory under {@code target/}
   * @param title the report's heading
   * @param classes generated classes
   * @param methods {@code @Trace} methods per traced class
   * @param tracedPercent the share of classes with traced methods
   * @param targets the most wall time the plugin's build may take, as a ratio to javac alone, per
   *     scenario; a scenario without one is measured for information
   */
  record Project(
      String id,
      String title,
      int classes,
      int methods,
      int tracedPercent,
      Map<String, Double> targets) {

    int tracedClasses() {
      return classes * tracedPercent / 100;
    }

    /** The arguments {@link Generate#main} takes after the output directory. */
    List<String> generateArguments() {
      return List.of(
          Integer.toString(classes), Integer.toString(methods), Integer.toString(tracedPercent));
    }
  }

  static final Project REALISTIC =
      new Project(
          "realistic",
          "Realistic: 2,000 classes, 5 % of them traced (100 classes, 500 `@Trace` methods)",
          2000,
          5,
          5,
          Map.of("full", 1.15, "unchanged", 1.05, "edit", 1.2));

  static final Project WORST =
      new Project(
          "worst",
          "Worst case: 500 classes, all traced (2,500 `@Trace` methods)",
          500,
          5,
          100,
          Map.of("full", 1.5));

  static final List<Project> PROJECTS = List.of(REALISTIC, WORST);

  /**
   * What the run knew besides its builds.
   *
   * @param header the lines above the tables: machine, input, warnings, weaving checks
   */
  record Run(List<String> header) {}

  private final List<TimedBuild> builds;
  private final StringBuilder out = new StringBuilder();

  private BuildCostReport(List<TimedBuild> builds) {
    this.builds = builds;
  }

  /** The whole report. */
  static String render(Run run, List<TimedBuild> builds) {
    BuildCostReport report = new BuildCostReport(builds);
    run.header().forEach(report::line);
    report.addTargets();
    for (Project project : PROJECTS) {
      report.addProject(project);
    }
    return report.out.toString();
  }

  /** The verdict on a ratio to javac alone against {@code target}. */
  static String verdict(double ratio, double target) {
    return ratio <= target ? "met" : f("**missed** (%.2f×)", ratio);
  }

  static String scenarioName(String scenario) {
    return switch (scenario) {
      case "full" -> "full build (`clean`, then timed)";
      case "unchanged" -> "no-change rebuild";
      default -> "one-file edit (a traced method's body)";
    };
  }

  private static String name(String config) {
    return switch (config) {
      case "1-javac" -> "1. javac only (`-proc:none`)";
      case "2-processor" -> "2. javac + weftrace-processor";
      case "3-weave" -> "3. processor + aspectj-maven-plugin (README setup)";
      default -> "4. weftrace-maven-plugin (docs/maven-plugin.md)";
    };
  }

  private void addTargets() {
    line("## The targets: configuration 4 (weftrace-maven-plugin) against javac alone");
    line("");
    line(
        "| project | scenario | target | 4. weftrace-maven-plugin | verdict |"
            + " 3. aspectj-maven-plugin, for comparison |");
    line("| --- | --- | --- | --- | --- | --- |");
    for (Project project : PROJECTS) {
      for (String scenario : SCENARIOS) {
        Double target = project.targets().get(scenario);
        if (target == null || of(project, scenario, "1-javac").isEmpty()) {
          continue;
        }
        double base = m(project, scenario, "1-javac", TimedBuild::wall);
        double plugin = m(project, scenario, PLUGIN, TimedBuild::wall);
        double weave = m(project, scenario, "3-weave", TimedBuild::wall);
        line(
            f(
                "| %s | %s | ≤ %.2f× | %s× (%.1f s vs %.1f s) | %s | %s× |",
                project.id(),
                scenarioName(scenario),
                target,
                ratio(plugin, base),
                plugin,
                base,
                verdict(plugin / base, target),
                ratio(weave, base)));
      }
    }
    line("");
  }

  private void addProject(Project project) {
    line("## " + project.title());
    line("");
    for (String scenario : SCENARIOS) {
      addScenario(project, scenario);
    }
    addPhases(project);
    addWithoutMaven(project);
  }

  private void addScenario(Project project, String scenario) {
    List<TimedBuild> baseline = of(project, scenario, "1-javac");
    line(f("### %s, %d round(s)", upperFirst(scenarioName(scenario)), baseline.size()));
    line("");
    if (baseline.isEmpty()) {
      line("Not run: not enough time left in the budget.");
      line("");
      return;
    }
    Double target = project.targets().get(scenario);
    double base = m(project, scenario, "1-javac", TimedBuild::wall);
    double baseCpu = m(project, scenario, "1-javac", TimedBuild::cpu);
    line(
        "| configuration | wall s, median | each round | CPU user+sys s | wall / (1) | CPU / (1) |"
            + (target == null ? " target |" : f(" target ≤ %.2f× |", target))
            + " max RSS MiB |");
    line("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (String c : CONFIGS) {
      double wall = m(project, scenario, c, TimedBuild::wall);
      String rounds =
          of(project, scenario, c).stream()
              .map(b -> f("%.1f", b.wall()))
              .collect(Collectors.joining(" "));
      String verdict;
      if (c.equals("1-javac")) {
        verdict = "baseline";
      } else if (target == null || c.equals("2-processor")) {
        verdict = "–";
      } else {
        verdict = verdict(wall / base, target);
      }
      line(
          f(
              "| %s | %.1f | %s | %.1f | %s | %s | %s | %.0f |",
              name(c),
              wall,
              rounds,
              m(project, scenario, c, TimedBuild::cpu),
              ratio(wall, base),
              ratio(m(project, scenario, c, TimedBuild::cpu), baseCpu),
              verdict,
              m(project, scenario, c, b -> b.time().maxRssKib() / 1024.0)));
    }
    line("");
  }

  private void addPhases(Project project) {
    line("### Where the time goes: medians per phase, seconds of wall time (Maven's log)");
    line("");
    line(
        "| scenario | configuration | Maven start-up | resources | compiler plugin | javac (+"
            + " processor) | aspectj plugin | ajc | weftrace plugin | Maven exit | total |"
            + " weftrace's own line: woven / unchanged, ms |");
    line("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (String scenario : SCENARIOS) {
      if (of(project, scenario, "1-javac").isEmpty()) {
        continue;
      }
      for (String c : CONFIGS) {
        StringBuilder row = new StringBuilder(f("| %s | %s |", scenario, name(c)));
        for (Phase phase : Phase.values()) {
          row.append(f(" %.2f |", m(project, scenario, c, b -> b.phase(phase))));
        }
        row.append(f(" %.1f |", m(project, scenario, c, TimedBuild::wall)));
        if (c.equals(PLUGIN)) {
          row.append(
              f(
                  " %.0f / %.0f, %.0f ms |",
                  m(project, scenario, c, b -> b.plugin().woven()),
                  m(project, scenario, c, b -> b.plugin().unchanged()),
                  m(project, scenario, c, b -> b.plugin().millis())));
        } else {
          row.append(" – |");
        }
        line(row.toString());
      }
    }
    double j1 = m(project, "full", "1-javac", b -> b.phase(Phase.JAVAC));
    double j2 = m(project, "full", "2-processor", b -> b.phase(Phase.JAVAC));
    double j4 = m(project, "full", PLUGIN, b -> b.phase(Phase.JAVAC));
    double w3 = m(project, "full", "3-weave", TimedBuild::weaving);
    double w4 = m(project, "full", PLUGIN, TimedBuild::weaving);
    line("");
    line(
        f(
            "- **Processor** (full build): the javac phase goes from %.2f s to %.2f s with"
                + " weftrace-processor, **+%.2f s** (+%.0f%%): the checks, %d generated companions"
                + " and javac's extra rounds. In configuration 4, where the plugin puts the"
                + " processor on the class path: %.2f s.",
            j1, j2, j2 - j1, j1 > 0 ? 100 * (j2 - j1) / j1 : 0, project.tracedClasses(), j4));
    line(
        f(
            "- **Weaving** (full build): aspectj-maven-plugin + ajc %.2f s (all classes of the"
                + " module); weftrace-maven-plugin %.2f s (the %d listed classes; it reports %.0f ms"
                + " itself).",
            w3, w4, project.tracedClasses(), m(project, "full", PLUGIN, b -> b.plugin().millis())));
    line(
        f(
            "- **Maven itself** (start-up + exit; weftrace changes neither): %.2f s in (1), %.2f s"
                + " in (4).",
            m(project, "full", "1-javac", TimedBuild::fixed),
            m(project, "full", PLUGIN, TimedBuild::fixed)));
    line("");
  }

  private void addWithoutMaven(Project project) {
    line(
        "### Without Maven's start-up and exit (roughly what a warm daemon or IDE pays), full"
            + " build");
    line("");
    double base = m(project, "full", "1-javac", TimedBuild::work);
    line("| configuration | wall − start-up − exit, s | ratio to (1) |");
    line("| --- | --- | --- |");
    for (String c : CONFIGS) {
      double work = m(project, "full", c, TimedBuild::work);
      line(f("| %s | %.1f | %s |", name(c), work, ratio(work, base)));
    }
    line("");
  }

  private List<TimedBuild> of(Project project, String kind, String config) {
    return builds.stream()
        .filter(
            b ->
                b.project().equals(project.id())
                    && b.kind().equals(kind)
                    && b.config().equals(config))
        .toList();
  }

  /** The median of {@code figure} over the builds of this kind and configuration; 0 if none. */
  private double m(
      Project project, String kind, String config, ToDoubleFunction<TimedBuild> figure) {
    List<TimedBuild> list = of(project, kind, config);
    return list.isEmpty() ? 0 : Spread.of(list, figure).median();
  }

  static String ratio(double a, double b) {
    return b > 0 ? f("%.2f", a / b) : "n/a";
  }

  private static String upperFirst(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
