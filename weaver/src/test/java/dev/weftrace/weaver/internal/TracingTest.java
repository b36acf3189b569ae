package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine never lets a tracer failure reach the traced method. */
class TracingTest {

  private static final MethodSpan METHOD = MethodSpan.builder("T.m").build();
  private static final MethodSpan ASYNC = MethodSpan.builder("T.async").completesLater(true).build();

  @AfterEach
  void backToGlobal() {
    Weftrace.useOpenTelemetry(null);
  }

  @Test
  void tracerThatThrowsOnStartGivesANoOpSpanInsteadOfAnException() {
    Weftrace.useOpenTelemetry(tracerThrowing(new IllegalStateException("tracer broken")));

    ActiveSpan span = Tracing.enter(METHOD, Tracing.NO_ARGS);

    assertThat(span).isSameAs(ActiveSpan.NOOP);
    Object result = new Object();
    assertThat(Tracing.exit(METHOD, span, result)).isSameAs(result);
  }

  @Test
  void spanThatThrowsOnCloseAndFinishDoesNotChangeTheResult() {
    AtomicInteger finishes = new AtomicInteger();
    ActiveSpan broken = brokenSpan(finishes);
    Object result = new Object();

    assertThat(Tracing.exit(METHOD, broken, result)).isSameAs(result);
    Tracing.exitExceptionally(METHOD, broken, new RuntimeException("app failure"));

    assertThat(finishes).hasValue(2);
  }

  @Test
  void asyncSpanFinishesExactlyOnceWhenTheStageCompletes() {
    AtomicInteger finishes = new AtomicInteger();
    Throwable[] seen = new Throwable[1];
    ActiveSpan span =
        new ActiveSpan() {
          @Override
          public void closeScope() {}

          @Override
          public void finish(Throwable error) {
            finishes.incrementAndGet();
            seen[0] = error;
          }
        };
    CompletableFuture<String> future = new CompletableFuture<>();

    assertThat(Tracing.exit(ASYNC, span, future)).isSameAs(future);
    assertThat(finishes).hasValue(0);
    IllegalStateException error = new IllegalStateException("late");
    future.completeExceptionally(error);

    assertThat(finishes).hasValue(1);
    assertThat(seen[0]).isSameAs(error);
  }

  @Test
  void asyncSpanOfAFutureThatIsNotAStageEndsAtOnce() {
    AtomicInteger finishes = new AtomicInteger();
    Tracing.exit(ASYNC, countingSpan(finishes), "not a stage");

    assertThat(finishes).hasValue(1);
  }

  private static ActiveSpan brokenSpan(AtomicInteger finishes) {
    return new ActiveSpan() {
      @Override
      public void closeScope() {
        throw new IllegalStateException("scope broken");
      }

      @Override
      public void finish(Throwable error) {
        finishes.incrementAndGet();
        throw new IllegalStateException("end broken");
      }
    };
  }

  private static ActiveSpan countingSpan(AtomicInteger finishes) {
    return new ActiveSpan() {
      @Override
      public void closeScope() {}

      @Override
      public void finish(Throwable error) {
        finishes.incrementAndGet();
      }
    };
  }

  private static OpenTelemetry tracerThrowing(RuntimeException failure) {
    Tracer tracer =
        name -> {
          throw failure;
        };
    TracerProvider provider =
        new TracerProvider() {
          @Override
          public Tracer get(String instrumentationScopeName) {
            return tracer;
          }

          @Override
          public Tracer get(String instrumentationScopeName, String instrumentationScopeVersion) {
            return tracer;
          }
        };
    return new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        return provider;
      }

      @Override
      public ContextPropagators getPropagators() {
        return ContextPropagators.noop();
      }
    };
  }

  @Test
  void noOpSpanLeavesTheCurrentSpanAlone() {
    Span before = Span.current();
    ActiveSpan.NOOP.closeScope();
    ActiveSpan.NOOP.finish(new RuntimeException());
    assertThat(Span.current()).isSameAs(before);
  }
}
