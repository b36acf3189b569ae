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
  void goalIsMetUpToOneAndAHalfTimesJavacAlone() {
    assertThat(BuildCostReport.verdict(1.5)).isEqualTo("met");
    assertThat(BuildCostReport.verdict(1.51)).isEqualTo("**missed** (1.51×)");
  }

  @Test
  void aLineOfTheRawFileReadsBackAsTheSameBuild() {
    TimedBuild build = build("full", 2, "3-weave", 12.5, 3.0);

    assertThat(TimedBuild.parse(build.line())).isEqualTo(build);
  }

  @Test
  void cleanBuildsAreComparedByTheMedianOfTheirRounds() {
    List<TimedBuild> builds = new ArrayList<>();
    double[][] walls = {{10, 12, 11}, {12, 13, 14}, {16, 30, 17}};
    for (int c = 0; c < 3; c++) {
      for (int r = 0; r < 3; r++) {
        builds.add(build("full", r + 1, BuildCostReport.CONFIGS.get(c), walls[c][r], 1));
      }
      builds.add(build("unchanged", 1, BuildCostReport.CONFIGS.get(c), 5, 1));
    }

    String report =
        BuildCostReport.render(new BuildCostReport.Run(List.of("# header"), false, false), builds);

    assertThat(report)
        .startsWith("# header\n")
        .contains("| 1. javac only (`-proc:none`) | 11.0 | 10.0 12.0 11.0 |")
        .contains("| 2. javac + weftrace-processor | 13.0 | 12.0 13.0 14.0 | 1.4 | 1.18 |")
        .contains("| 3. processor + weaving (README setup) | 17.0 | 16.0 30.0 17.0 |")
        .contains("| 1.55 | 1.00 | **missed** (1.55×) |")
        .contains("Skipped: not enough time left in the budget.");
  }

  private static TimedBuild build(String kind, int round, String config, double wall, double ajc) {
    Map<Phase, Double> phases = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      phases.put(phase, phase == Phase.AJC ? ajc : 0.5);
    }
    return new TimedBuild(kind, round, config, new GnuTime(wall, 1.2, 0.2, 204800), phases);
  }
}
