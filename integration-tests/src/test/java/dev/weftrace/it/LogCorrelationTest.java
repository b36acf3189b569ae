package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

/**
 * With {@code -Dweftrace.mdc=true} (this test's own surefire execution) and SLF4J (here Logback) on
 * the class path, log lines inside a span carry its ids.
 */
class LogCorrelationTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void mdcHoldsTheSpansIdsWhileTheMethodRunsAndIsRestoredAfter() {
    MDC.put("trace_id", "from-before");

    Map<String, String> inside = Callbacks.inSpan(MDC::getCopyOfContextMap);

    SpanData span = tracing.only("Callbacks.inSpan");
    assertThat(inside)
        .containsEntry("trace_id", span.getTraceId())
        .containsEntry("span_id", span.getSpanId())
        .containsEntry("dd.trace_id", span.getTraceId())
        .containsEntry(
            "dd.span_id", Long.toUnsignedString(Long.parseUnsignedLong(span.getSpanId(), 16)));
    assertThat(MDC.get("trace_id")).isEqualTo("from-before");
    assertThat(MDC.get("span_id")).isNull();
  }
}
