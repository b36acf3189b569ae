package dev.weftrace.it.stress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.it.stress.SpanLedger.Nesting;
import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Workload A of the load and soak tests: eight threads making random trees of nested and recursive
 * traced calls that throw checked and unchecked failures and cancellations, some caught on the way
 * up, some reaching the top. Sizes from {@link Scale}.
 */
class CallTreeLoadTest {

  /** Heap growth allowed between the first 10% and the end of the run: generous, GC is noisy. */
  private static final double HEAP_BOUND_MB = 16;

  @AfterEach
  void backToGlobalOpenTelemetry() {
    Weftrace.useOpenTelemetry(null);
  }

  @Test
  void callsBehaveAsUntracedAndEverySpanEndsOnceUnderTheRightParent() throws Exception {
    Scale scale = Scale.current();
    long seed = Scale.seed();
    SpanLedger ledger = new SpanLedger(Nesting.SAME_THREAD, null);
    CallTreeWorkload.Result result;
    long lateCalls;
    try (EndedSpanCalls endedSpanCalls = EndedSpanCalls.install();
        OpenTelemetrySdk sdk =
            OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(ledger).build())
                .build()) {
      Weftrace.useOpenTelemetry(sdk);
      result =
          CallTreeWorkload.run(
              "stress-calls",
              Scale.CALL_THREADS,
              scale.callsPerThread,
              seed,
              scale.timeoutSeconds());
      lateCalls = endedSpanCalls.count();
    }

    StressReport.publish(
        new StressReport.Row(
            "A: nested calls, random failures",
            result.calls(),
            Scale.CALL_THREADS,
            result.appFailures(),
            result.contextLeaks(),
            result.tracedExecutions(),
            ledger.started(),
            ledger.ended(),
            result.heapDeltaMb(),
            result.seconds(),
            seed));
    SoftAssertions.assertSoftly(
        softly -> {
          result.assertApplicationUnaffected(softly);
          softly
              .assertThat(ledger.started())
              .as("spans started, one per traced execution")
              .isEqualTo(result.tracedExecutions());
          softly.assertThat(ledger.ended()).as("spans ended").isEqualTo(ledger.started());
          softly.assertThat(ledger.open()).as("spans still open").isZero();
          softly
              .assertThat(ledger.violations())
              .as("ledger violations %s", ledger.samples())
              .isZero();
          softly.assertThat(lateCalls).as("calls on spans that had already ended").isZero();
          softly
              .assertThat(ledger.errors())
              .as("error spans: executions that threw")
              .isEqualTo(result.failedExecutions());
          softly
              .assertThat(result.heapDeltaMb())
              .as("heap delta after GC, MB")
              .isLessThan(HEAP_BOUND_MB);
        });
  }

  @Test
  void secondEndOfASpanIsCountedThoughTheProcessorSeesOnlyOne() {
    SpanLedger ledger = new SpanLedger(Nesting.SAME_THREAD, null);
    try (EndedSpanCalls endedSpanCalls = EndedSpanCalls.install();
        OpenTelemetrySdk sdk =
            OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(ledger).build())
                .build()) {
      Span span = sdk.getTracer("test").spanBuilder("twice").startSpan();
      span.end();
      span.end();

      assertThat(ledger.ended()).isEqualTo(1);
      assertThat(endedSpanCalls.count()).isEqualTo(1);
    }
  }
}
