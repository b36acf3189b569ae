package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs only in a JVM started with {@code -Dweftrace.exclude=dev.weftrace.it.Attributes,
 * dev.weftrace.it.Shapes#inner, dev.weftrace.it.TagSpans#remember} (see this module's surefire
 * executions).
 */
class ExcludeRulesOnTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  void excludedClassMakesNoSpans() {
    Attributes attributes = new Attributes();
    attributes.defaults();
    attributes.named();

    assertThat(tracing.spans()).isEmpty();
  }

  @Test
  void excludedMethodMakesNoSpanWhileItsCallerStillDoes() {
    assertThat(new Shapes().outer()).isEqualTo("outer+inner");

    assertThat(tracing.names()).containsExactly("Shapes.outer");
  }

  @Test
  void excludedTagSpanMethodTagsNothingWhileOthersStillDo() {
    Span request = GlobalOpenTelemetry.getTracer("hand").spanBuilder("request").startSpan();
    try (Scope scope = request.makeCurrent()) {
      assertThat(new TagSpans().callPrivate("k")).isTrue();
      TagSpans.count(2);
    } finally {
      request.end();
    }

    assertThat(SpanCapture.attributes(tracing.only("request")))
        .isEqualTo(io.opentelemetry.api.common.Attributes.builder().put("item.count", 2L).build());
  }

  @Test
  void everythingElseIsTracedAsUsual() {
    new Shapes().publicMethod();

    assertThat(tracing.names()).containsExactly("Shapes.publicMethod");
  }
}
