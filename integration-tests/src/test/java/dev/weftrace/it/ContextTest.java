package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContextTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  @SuppressWarnings("try") // the scope is used for its effect, not referenced
  void tracedSpanIsChildOfTheSpanCurrentAtTheCall() {
    Span manual = GlobalOpenTelemetry.getTracer("test").spanBuilder("manual").startSpan();
    try (Scope ignored = manual.makeCurrent()) {
      new Shapes().publicMethod();
      assertThat(Span.current()).isSameAs(manual);
    } finally {
      manual.end();
    }

    SpanData traced = tracing.only("Shapes.publicMethod");
    assertThat(traced.getParentSpanId()).isEqualTo(manual.getSpanContext().getSpanId());
    assertThat(traced.getTraceId()).isEqualTo(manual.getSpanContext().getTraceId());
  }

  @Test
  void tracedSpanIsCurrentWhileTheMethodRuns() {
    String[] seenInside = new String[1];
    // outer() is traced; the untraced override of inner() that it calls sees what is current.
    new Shapes() {
      @Override
      public String inner() {
        seenInside[0] = Span.current().getSpanContext().getSpanId();
        return "observed";
      }
    }.outer();

    assertThat(seenInside[0]).isEqualTo(tracing.only("Shapes.outer").getSpanId());
  }

  @Test
  void noContextLeaksBetweenCallsOnPooledThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 20; i++) {
        pool.submit(() -> new Shapes().outer()).get();
        assertThat(pool.submit(() -> Span.current().getSpanContext().isValid()).get()).isFalse();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(tracing.spans()).hasSize(40);
    assertThat(tracing.spans().stream().filter(s -> !s.getParentSpanContext().isValid()))
        .hasSize(20);
  }
}
