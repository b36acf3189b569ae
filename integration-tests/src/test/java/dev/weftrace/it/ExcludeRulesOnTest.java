package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs only in a JVM started with {@code -Dweftrace.exclude=dev.weftrace.it.Attributes,
 * dev.weftrace.it.Shapes#inner} (see this module's surefire executions).
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
  void everythingElseIsTracedAsUsual() {
    new Shapes().publicMethod();

    assertThat(tracing.names()).containsExactly("Shapes.publicMethod");
  }
}
