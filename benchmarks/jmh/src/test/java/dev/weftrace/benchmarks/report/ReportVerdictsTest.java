package dev.weftrace.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportVerdictsTest {

  @Test
  void aRatioIsMetOnlyWhenItsWholeIntervalIsWithinTheTarget() {
    assertThat(RuntimeReport.ratioVerdict(1.02, 1.00, 1.029, 1.03)).isEqualTo("met");
    assertThat(RuntimeReport.ratioVerdict(1.02, 1.00, 1.04, 1.03))
        .isEqualTo("met in this run, not settled: interval up to 1.040");
    assertThat(RuntimeReport.ratioVerdict(1.02, 1.00, 0, 1.03))
        .isEqualTo("met in this run, not settled: interval up to 0.000");
  }

  @Test
  void aRatioIsMissedForGoodOnlyWhenItsWholeIntervalIsAbove() {
    assertThat(RuntimeReport.ratioVerdict(1.10, 1.06, 1.14, 1.05)).isEqualTo("missed by 5.0%");
    assertThat(RuntimeReport.ratioVerdict(1.10, 1.04, 1.14, 1.05))
        .isEqualTo("missed by 5.0% in this run, not settled: interval down to 1.040");
  }

  @Test
  void extraTimeCountsBothErrors() {
    assertThat(RuntimeReport.extraVerdict(0.5, 0.4, 1)).isEqualTo("time met");
    assertThat(RuntimeReport.extraVerdict(0.5, 0.6, 1))
        .isEqualTo("time met in this run, not settled: up to +1.1 ns");
    assertThat(RuntimeReport.extraVerdict(3.0, 0.5, 2)).isEqualTo("time missed by 1.0 ns");
    assertThat(RuntimeReport.extraVerdict(3.0, 1.5, 2))
        .isEqualTo("time missed by 1.0 ns in this run, not settled: down to +1.5 ns");
  }

  @Test
  void bytesHaveHalfAByteOfSlack() {
    assertThat(RuntimeReport.bytesVerdict(16.4, 16)).isEqualTo("B/op met");
    assertThat(RuntimeReport.bytesVerdict(24, 16)).isEqualTo("B/op missed by 8 B");
  }

  @Test
  void fasterThanTheAgentsMeansStrictlyBelowOne() {
    assertThat(PeersReport.verdict(1.0, 0.9, 0.95, 1, true))
        .isEqualTo("missed by 0% in this run, not settled: interval down to 0.90");
    assertThat(PeersReport.verdict(0.5, 0.4, 0.6, 1, true)).isEqualTo("met");
    assertThat(PeersReport.verdict(1.0, 0.9, 1.0, 1, false)).isEqualTo("met");
    assertThat(PeersReport.verdict(1.3, 1.2, 1.4, 1, false)).isEqualTo("missed by 30%");
  }

  @Test
  void runtimeReportComparesWovenWithHandWritten() {
    String report = RuntimeReport.render(JmhScores.parse(JmhScoresTest.RESULTS));

    assertThat(report)
        .startsWith(RuntimeReport.START)
        .contains(
            "| 1. SDK: woven vs hand-written | 310.5 ± 4.3 | 300.0 ± 0.0 | 1.035 (1.021–1.049) |"
                + " +10.5 | 1104 / 0 | +1104 | ratio ≤ 1.03, ≤ +16 B/op | missed by 0.5%");
  }

  @Test
  void processorRatiosNeedBothVariants() {
    String json =
        """
        [ { "benchmark" : "x.ProcessorBenchmark.compile", "params" : { "processor" : "none" },
            "primaryMetric" : { "score" : 100.0, "scoreError" : 1.0 } },
          { "benchmark" : "x.ProcessorBenchmark.compile", "params" : { "processor" : "weftrace" },
            "primaryMetric" : { "score" : 130.0, "scoreError" : 1.0 },
            "secondaryMetrics" : { "processor.ms" : { "score" : 12.5 } } } ]
        """;

    assertThat(ProcessorReport.render(JmhScores.parse(json)).lines())
        .containsExactly(
            ProcessorReport.START,
            "  javac + weftrace / javac alone (-proc:none): 1.30",
            "  time inside TraceProcessor per compilation:  12.500 ms");
  }

  @Test
  void summaryNestsEachReportUnderItsOwnHeading() {
    assertThat(Summary.bodyOf(List.of("# Title", "", "## Part", "```", "# not a heading", "```")))
        .containsExactly("", "### Part", "```", "# not a heading", "```");
  }
}
