package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weftrace.weaver.SpanTags;
import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs only in JVMs started with {@code -Dweftrace.enabled=false} or {@code WEFTRACE_ENABLED=FALSE}
 * (see this module's surefire executions).
 */
class KillSwitchOffTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  void switchedOffJvmReportsItself() {
    assertThat(Weftrace.isEnabled()).isFalse();
  }

  @Test
  void wovenMethodsRunWithoutMakingSpans() {
    Shapes shapes = new Shapes();
    assertThat(shapes.outer()).isEqualTo("outer+inner");
    assertThat(shapes.callPrivate()).isEqualTo("private");
    CompletableFuture<String> future = new CompletableFuture<>();
    assertThat(new Async().pending("j", future)).isSameAs(future);
    future.complete("x");

    assertThat(tracing.spans()).isEmpty();
  }

  @Test
  void tagSpanMethodsRunWithoutTaggingTheCurrentSpan() {
    Span request = GlobalOpenTelemetry.getTracer("hand").spanBuilder("request").startSpan();
    try (Scope scope = request.makeCurrent()) {
      assertThat(new TagSpans().lookUp("SKU-1").sku()).isEqualTo("SKU-1");
    } finally {
      request.end();
    }

    assertThat(tracing.names()).containsExactly("request");
    assertThat(tracing.only("request").getAttributes().isEmpty()).isTrue();
  }

  @Test
  @SuppressWarnings("try") // the scope is used for its effect
  void spanTagsDoNothing() {
    Span manual = GlobalOpenTelemetry.getTracer("test").spanBuilder("manual").startSpan();
    try (Scope ignored = manual.makeCurrent()) {
      SpanTags.current().tag("k", "v");
      SpanTags.localRoot().tag("k", 1L);
    } finally {
      manual.end();
    }

    assertThat(tracing.only("manual").getAttributes().isEmpty()).isTrue();
  }

  @Test
  void exceptionsStillPropagateUnchanged() {
    IllegalStateException error = new IllegalStateException("off");

    assertThat(catchThrowable(() -> new Failures().throwUnchecked(error))).isSameAs(error);
    assertThat(tracing.spans()).isEmpty();
  }
}
