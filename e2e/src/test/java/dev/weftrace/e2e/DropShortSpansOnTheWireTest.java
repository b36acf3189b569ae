package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.testing.datadog.WireSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DropShortSpans} registered through dd-trace-api's {@code GlobalTracer} in a JVM under the
 * real agent (OpenTelemetry path): the spans it removes never reach the wire, and every other span
 * does, with its links intact. A run without the interceptor shows that all seven spans exist.
 */
class DropShortSpansOnTheWireTest {

  private static final List<String> FLAGS = List.of("-Ddd.trace.otel.enabled=true");

  private static final List<String> ALL =
      List.of(
          "BatchJob.run",
          "BatchJob.quick",
          "BatchJob.slow",
          "BatchJob.quickFailure",
          "BatchJob.quickParent",
          "BatchJob.quickChild",
          "BatchJob.cacheGet");

  @Test
  void withoutInterceptorAllSevenSpansArrive() throws Exception {
    AgentRun run = AgentRun.of(ALL.size(), FLAGS, BatchJobProgram.class, "none");

    WireTrace trace = onlyTrace(run);
    assertThat(trace.resources()).containsExactlyInAnyOrderElementsOf(ALL);
    assertThat(trace.withResource("BatchJob.quick").duration())
        .isLessThan(BatchJobProgram.THRESHOLD.toNanos());
    assertThat(trace.withResource("BatchJob.cacheGet").duration())
        .isLessThan(BatchJobProgram.THRESHOLD.toNanos());
  }

  @Test
  void dropsShortLeavesWithoutErrorAndKeepsTheRest() throws Exception {
    AgentRun run = AgentRun.of(4, FLAGS, BatchJobProgram.class, "short");
    assertThat(run.result().stdout()).contains("interceptor registered: true");

    WireTrace trace = onlyTrace(run);
    assertThat(trace.resources())
        .as("kept: the root, the slow leaf, the failure, the parent of a dropped child\n%s", trace)
        .containsExactlyInAnyOrder(
            "BatchJob.run", "BatchJob.slow", "BatchJob.quickFailure", "BatchJob.quickParent");
    WireSpan root = trace.withResource("BatchJob.run");
    assertThat(trace.spans()).filteredOn(span -> span != root).allMatch(s -> s.isChildOf(root));
    assertThat(trace.withResource("BatchJob.slow").duration())
        .isGreaterThanOrEqualTo(BatchJobProgram.THRESHOLD.toNanos());
    assertThat(trace.withResource("BatchJob.quickFailure").error()).isEqualTo(1);
  }

  @Test
  void withNamesDropsOnlySpansOfThoseNames() throws Exception {
    AgentRun run = AgentRun.of(ALL.size() - 1, FLAGS, BatchJobProgram.class, "named");
    assertThat(run.result().stdout()).contains("interceptor registered: true");

    WireTrace trace = onlyTrace(run);
    assertThat(trace.resources())
        .as("everything but cache.get\n%s", trace)
        .containsExactlyInAnyOrderElementsOf(
            ALL.stream().filter(name -> !name.equals("BatchJob.cacheGet")).toList());
    assertThat(
            trace
                .withResource("BatchJob.quickChild")
                .isChildOf(trace.withResource("BatchJob.quickParent")))
        .isTrue();
  }

  private static WireTrace onlyTrace(AgentRun run) {
    List<WireTrace> traces = run.traces();
    assertThat(traces).as("traces of\n%s", run.describe()).hasSize(1);
    return traces.get(0);
  }
}
