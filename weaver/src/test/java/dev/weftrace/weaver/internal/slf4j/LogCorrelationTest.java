package dev.weftrace.weaver.internal.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogCorrelationTest {

  private static final SpanContext CONTEXT =
      SpanContext.create(
          "0af7651916cd43dd8448eb211c80319c",
          "b7ad6b7169203331",
          TraceFlags.getSampled(),
          TraceState.getDefault());

  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void idsAreInTheMdcInBothFormsWhileTheSpanIsCurrent() {
    LogCorrelation logs = LogCorrelation.create();

    LogCorrelation.Previous previous = logs.enter(CONTEXT);

    assertThat(MDC.get("trace_id")).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    assertThat(MDC.get("span_id")).isEqualTo("b7ad6b7169203331");
    assertThat(MDC.get("dd.trace_id")).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    assertThat(MDC.get("dd.span_id"))
        .isEqualTo(Long.toUnsignedString(Long.parseUnsignedLong("b7ad6b7169203331", 16)));
    logs.restore(previous);
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void previousValuesComeBackWhenANestedSpanEnds() {
    LogCorrelation logs = LogCorrelation.create();
    MDC.put("trace_id", "outer-trace");
    MDC.put("span_id", "outer-span");

    LogCorrelation.Previous previous = logs.enter(CONTEXT);
    logs.restore(previous);

    assertThat(MDC.get("trace_id")).isEqualTo("outer-trace");
    assertThat(MDC.get("span_id")).isEqualTo("outer-span");
    assertThat(MDC.get("dd.span_id")).isNull();
  }

  @Test
  void invalidContextLeavesTheMdcAlone() {
    assertThat(LogCorrelation.create().enter(SpanContext.getInvalid())).isNull();
    assertThat(MDC.get("trace_id")).isNull();
  }

  @Test
  void noCorrelationDoesNothing() {
    assertThat(LogCorrelation.NONE.enter(CONTEXT)).isNull();
    assertThat(MDC.get("trace_id")).isNull();
  }
}
