package dev.weftrace.benchmarks.buildcost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.benchmarks.buildcost.MavenPhases.Phase;
import dev.weftrace.testing.report.GnuTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildCostReportTest {

  @Test
  void targetIsMetUpToItsRatio() {
    assertThat(BuildCostReport.verdict(1.15, 1.15)).isEqualTo("met");
    assertThat(BuildCostReport.verdict(1.16, 1.15)).isEqualTo("**missed** (1.16×)");
  }

  @Test
  void aLineOfTheRawFileReadsBackAsTheSameBuild() {
    TimedBuild build = build("realistic", "edit", 2, "4-plugin", 12.5, 3.0);

    assertThat(TimedBuild.parse(build.line())).isEqualTo(build);
  }

  @Test
  void eachScenarioIsComparedWithJavacAloneByTheMedianOfItsRounds() {
    List<TimedBuild> builds = new ArrayList<>();
    double[][] walls = {{10, 12, 11}, {12, 13, 14}, {16, 30, 17}, {11, 12.5, 12}};
    for (String project : List.of("realistic", "worst")) {
      for (int c = 0; c < 4; c++) {
        for (int r = 0; r < 3; r++) {
          String config = BuildCostReport.CONFIGS.get(c);
          builds.add(build(project, "full", r + 1, config, walls[c][r], 1));
          builds.add(build(project, "unchanged", r + 1, config, c == 3 ? 2.2 : 2, 0));
        }
      }
    }

    String report = BuildCostReport.render(new BuildCostReport.Run(List.of("# header")), builds);

    assertThat(report)
        .startsWith("# header\n")
        .contains(
            "| realistic | full build (`clean`, then timed) | ≤ 1.15× | 1.09× (12.0 s vs 11.0 s) | met | 1.55× |")
        .contains(
            "| realistic | no-change rebuild | ≤ 1.05× | 1.10× (2.2 s vs 2.0 s) | **missed** (1.10×) | 1.00× |")
        .contains(
            "| worst | full build (`clean`, then timed) | ≤ 1.50× | 1.09× (12.0 s vs 11.0 s) | met | 1.55× |")
        .contains("| 1. javac only (`-proc:none`) | 11.0 | 10.0 12.0 11.0 |")
        .contains(
            "| 2. javac + weftrace-processor | 13.0 | 12.0 13.0 14.0 | 1.4 | 1.18 | 1.00 | – |")
        .contains(
            "| 3. processor + aspectj-maven-plugin (README setup) | 17.0 | 16.0 30.0 17.0 | 1.4 | 1.55 | 1.00 | **missed** (1.55×) |")
        .contains("### One-file edit (a traced method's body), 0 round(s)\n\nNot run");
  }

  private static TimedBuild build(
      String project, String kind, int round, String config, double wall, double weave) {
    Map<Phase, Double> phases = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      phases.put(phase, phase == Phase.WEFTRACE_PLUGIN ? weave : 0.5);
    }
    MavenPhases.PluginLine plugin =
        config.equals("4-plugin")
            ? new MavenPhases.PluginLine(1, 5, 700, 99)
            : MavenPhases.NOT_WOVEN;
    return new TimedBuild(
        project, kind, round, config, new GnuTime(wall, 1.2, 0.2, 204800), phases, plugin);
  }
}
