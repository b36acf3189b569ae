package dev.weftrace.benchmarks.buildcost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.weftrace.benchmarks.buildcost.MavenPhases.Phase;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MavenPhasesTest {

  private static final List<String> WOVEN_BUILD =
      List.of(
          "10:00:01.000 [INFO] Scanning for projects...",
          "10:00:01.500 [INFO] --- maven-resources-plugin:3.3.1:resources (default-resources) @ x ---",
          "10:00:01.700 [INFO] --- maven-compiler-plugin:3.14.0:compile (default-compile) @ x ---",
          "10:00:02.000 [INFO] Compiling 506 source files with javac [debug release 17] to x",
          "10:00:06.000 [INFO] --- aspectj-maven-plugin:1.14.1:compile (weave-classes) @ x ---",
          "10:00:06.500 [INFO] Showing AJC message detail for messages of types: [error, warning]",
          "10:00:09.000 [INFO] BUILD SUCCESS",
          "10:00:09.100 [INFO] Total time:  8.1 s");

  @Test
  void eachPhaseLastsFromItsMarkerToTheNext() {
    Map<Phase, Double> phases =
        MavenPhases.of(
            WOVEN_BUILD, LocalTime.parse("10:00:00.000"), LocalTime.parse("10:00:09.400"));

    assertThat(phases.get(Phase.STARTUP)).isCloseTo(1.5, within(1e-9));
    assertThat(phases.get(Phase.RESOURCES)).isCloseTo(0.2, within(1e-9));
    assertThat(phases.get(Phase.COMPILER_PLUGIN)).isCloseTo(0.3, within(1e-9));
    assertThat(phases.get(Phase.JAVAC)).isCloseTo(4.0, within(1e-9));
    assertThat(phases.get(Phase.WEAVER_PLUGIN)).isCloseTo(0.5, within(1e-9));
    assertThat(phases.get(Phase.AJC)).isCloseTo(2.5, within(1e-9));
    assertThat(phases.get(Phase.SHUTDOWN)).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void weftracesWeaveGoalIsAPhaseOfItsOwn() {
    List<String> log =
        List.of(
            "10:00:01.000 [INFO] --- maven-compiler-plugin:3.14.0:compile (default-compile) @ x ---",
            "10:00:02.000 [INFO] Compiling 2006 source files with javac [debug release 17] to x",
            "10:00:12.000 [INFO] --- weftrace-maven-plugin:0.1.0-SNAPSHOT:weave (weftrace-weave) @ x"
                + " ---",
            "10:00:13.000 [INFO] weftrace: wove 1 class (5 traced methods) in 912 ms; 99 unchanged",
            "10:00:13.250 [INFO] BUILD SUCCESS");

    Map<Phase, Double> phases =
        MavenPhases.of(log, LocalTime.parse("10:00:00.000"), LocalTime.parse("10:00:13.500"));

    assertThat(phases.get(Phase.JAVAC)).isCloseTo(10.0, within(1e-9));
    assertThat(phases.get(Phase.WEFTRACE_PLUGIN)).isCloseTo(1.25, within(1e-9));
    assertThat(phases.get(Phase.AJC)).isZero();
    assertThat(MavenPhases.pluginLine(log)).isEqualTo(new MavenPhases.PluginLine(1, 5, 912, 99));
  }

  @Test
  void aBuildWithoutWeftracesLineHasNone() {
    assertThat(MavenPhases.pluginLine(WOVEN_BUILD)).isEqualTo(MavenPhases.NOT_WOVEN);
    assertThat(
            MavenPhases.pluginLine(
                List.of(
                    "[INFO] weftrace: wove 0 classes (0 traced methods) in 40 ms; 100 unchanged")))
        .isEqualTo(new MavenPhases.PluginLine(0, 0, 40, 100));
  }

  @Test
  void aBuildOverMidnightIsMeasuredAcrossIt() {
    List<String> log =
        List.of(
            "23:59:59.000 [INFO] --- maven-compiler-plugin:3.14.0:compile (default-compile) @ x ---",
            "00:00:01.000 [INFO] BUILD SUCCESS");

    Map<Phase, Double> phases =
        MavenPhases.of(log, LocalTime.parse("23:59:58.000"), LocalTime.parse("00:00:02.000"));

    assertThat(phases.get(Phase.STARTUP)).isCloseTo(1.0, within(1e-9));
    assertThat(phases.get(Phase.COMPILER_PLUGIN)).isCloseTo(2.0, within(1e-9));
    assertThat(phases.get(Phase.SHUTDOWN)).isCloseTo(1.0, within(1e-9));
    assertThat(phases.get(Phase.AJC)).isZero();
  }
}
