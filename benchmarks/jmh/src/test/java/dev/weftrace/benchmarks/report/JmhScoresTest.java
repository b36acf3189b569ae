package dev.weftrace.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmhScoresTest {

  /** Two results as JMH writes them with -rf json: one with a parameter, one of one iteration. */
  static final String RESULTS =
      """
      [
        {
          "jmhVersion" : "1.37",
          "benchmark" : "dev.weftrace.benchmarks.runtime.SdkTracingBenchmark.woven",
          "mode" : "avgt",
          "params" : { "processor" : "simple" },
          "primaryMetric" : {
            "score" : 310.5, "scoreError" : 4.25, "scoreUnit" : "ns/op",
            "rawData" : [ [ 310.0, 311.0 ] ]
          },
          "secondaryMetrics" : {
            "gc.alloc.rate.norm" : { "score" : 1104.02, "scoreError" : 0.01, "scoreUnit" : "B/op" }
          }
        },
        {
          "benchmark" : "dev.weftrace.benchmarks.runtime.SdkTracingBenchmark.handWritten",
          "params" : { "processor" : "simple" },
          "primaryMetric" : { "score" : 300.0, "scoreError" : "NaN", "scoreUnit" : "ns/op" },
          "secondaryMetrics" : {
            "gc.alloc.rate.norm" : { "score" : 1.0E-4, "scoreError" : "NaN", "scoreUnit" : "B/op" }
          }
        }
      ]
      """;

  @Test
  void readsPrimaryAndSecondaryScoresByClassAndMethod() {
    JmhScores scores = JmhScores.parse(RESULTS);

    JmhScores.Score woven = scores.byName().get("SdkTracingBenchmark.woven");
    assertThat(woven.score()).isEqualTo(310.5);
    assertThat(woven.error()).isEqualTo(4.25);
    assertThat(woven.bytes()).isEqualTo(1104.02);
    assertThat(woven.param()).isEqualTo("simple");
    assertThat(scores.byParam("SdkTracingBenchmark.woven")).containsKey("simple");
  }

  @Test
  void anErrorJmhCouldNotComputeIsZero() {
    JmhScores.Score hand = JmhScores.parse(RESULTS).byName().get("SdkTracingBenchmark.handWritten");

    assertThat(hand.error()).isZero();
  }

  @Test
  void readsJmhTotalTime() {
    assertThat(Benchmarks.totalTime(List.of("x", "# Run complete. Total time: 01:02:03")))
        .isEqualTo(3723);
  }
}
