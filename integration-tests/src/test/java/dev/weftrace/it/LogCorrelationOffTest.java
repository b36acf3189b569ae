package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

/**
 * By default weftrace leaves the MDC alone, even with SLF4J and Logback on the class path: keeping
 * it in step costs about as much per call as the span. {@code LogCorrelationTest} covers {@code
 * -Dweftrace.mdc=true}.
 */
class LogCorrelationOffTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void mdcIsUntouchedInsideASpanByDefault() {
    MDC.put("trace_id", "from-before");

    Map<String, String> inside = Callbacks.inSpan(MDC::getCopyOfContextMap);

    assertThat(tracing.only("Callbacks.inSpan")).isNotNull();
    assertThat(inside).containsExactly(Map.entry("trace_id", "from-before"));
  }
}
