package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weftrace.weaver.Weftrace;
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
  void exceptionsStillPropagateUnchanged() {
    IllegalStateException error = new IllegalStateException("off");

    assertThat(catchThrowable(() -> new Failures().throwUnchecked(error))).isSameAs(error);
    assertThat(tracing.spans()).isEmpty();
  }
}
