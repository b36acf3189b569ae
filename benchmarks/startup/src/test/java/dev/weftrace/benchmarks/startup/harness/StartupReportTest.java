package dev.weftrace.benchmarks.startup.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.weftrace.testing.report.GnuTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupReportTest {

  private static final String APP_LINE =
      "startup-app variant=plain orders=2000 traced-calls=10000 total-cents=1 main-us=1000100"
          + " ready-us=1000200 first-traced-call-us=1000300 tracing=ok 10000 spans exported";

  @Test
  void goalIsMetWithinFivePercentOfPlain() {
    assertThat(StartupReport.verdict(1.05)).isEqualTo("met");
    assertThat(StartupReport.verdict(1.06)).isEqualTo("missed: 1.06× (goal ≤ 1.05×)");
  }

  @Test
  void aRunLineHoldsTimesFromTheLaunchAndReadsBack() {
    String line =
        StartupBenchmark.runLine(
            1,
            "datadog",
            1_000_000,
            1_500_000,
            new GnuTime(0.5, 0.61, 0.07, 40960),
            "2000",
            "10000",
            APP_LINE);

    Run run = Run.parse(line);

    assertThat(line).startsWith("1 datadog 100 200 300 500000 0.61 0.07 40960 2000 10000 ok ");
    assertThat(run.firstCallMs()).isEqualTo(0.3);
    assertThat(run.wallMs()).isEqualTo(500.0);
    assertThat(run.cpuSeconds()).isCloseTo(0.68, within(1e-9));
    assertThat(run.rssMib()).isEqualTo(40.0);
    assertThat(run.tracing()).isEqualTo("ok 10000 spans exported");
  }

  @Test
  void comparesMediansOfMeasuredRoundsAndTheirPerRoundRatios() {
    List<String> raw =
        List.of(
            "# date: 2026-01-01",
            "0 plain 1 1 1 9999000 0.1 0.1 1024 - - ok",
            "0 weftrace 1 1 1 1000 0.1 0.1 1024 - - ok",
            "1 plain 1 1 1000 100000 0.1 0.1 1024 - - ok",
            "1 weftrace 1 1 1000 104000 0.1 0.1 1024 - - ok",
            "2 plain 1 1 1000 200000 0.1 0.1 1024 - - ok",
            "2 weftrace 1 1 1000 220000 0.1 0.1 1024 - - ok",
            "3 plain 1 1 1000 300000 0.1 0.1 1024 - - ok",
            "3 weftrace 1 1 1000 303000 0.1 0.1 1024 - - ok");

    String report = new StartupReport(raw).render();

    // total wall: medians 200 and 220 ms (warm-up round 0 left out), per-round ratios 1.04, 1.10,
    // 1.01: median 1.04.
    assertThat(report).contains("| total wall time (ms) | 200 | 220 | 1.10 | 1.04 | missed: 1.10×");
    assertThat(report).contains("| time to first traced call (ms) | 1 | 1 | 1.00 | 1.00 | met |");
    assertThat(report).contains("Each variant ran 3 times");
  }
}
