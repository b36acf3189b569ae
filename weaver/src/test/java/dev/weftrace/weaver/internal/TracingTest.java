package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine never lets a tracer failure reach the traced method. */
class TracingTest {

  private static final MethodSpan METHOD = MethodSpan.builder("T.m").build();
  private static final MethodSpan ASYNC =
      MethodSpan.builder("T.async").asyncResult(CompletionStage.class).build();
  private static final MethodSpan WITH_RESULT_TAG =
      MethodSpan.builder("T.result")
          .asyncResult(CompletionStage.class)
          .resultTags((result, tags) -> tags.putValue("result", result))
          .build();

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
  void untracedMethodGetsTheNoOpSpanWithoutAskingTheTracer() {
    Weftrace.useOpenTelemetry(tracerThrowing(new AssertionError("must not be called")));

    assertThat(Tracing.enter(MethodSpan.UNTRACED, Tracing.NO_ARGS)).isSameAs(ActiveSpan.NOOP);
  }

  @Test
  void spanThatThrowsOnCloseAndFinishDoesNotChangeTheResult() {
    RecordingActiveSpan broken = RecordingActiveSpan.broken();
    Object result = new Object();

    assertThat(Tracing.exit(METHOD, broken, result)).isSameAs(result);
    Tracing.exitExceptionally(METHOD, broken, new RuntimeException("app failure"));

    assertThat(broken.finishes).isEqualTo(2);
    assertThat(broken.scopeCloses).isEqualTo(2);
  }

  @Test
  void asyncSpanFinishesExactlyOnceWhenTheStageCompletes() {
    RecordingActiveSpan span = RecordingActiveSpan.working();
    CompletableFuture<String> future = new CompletableFuture<>();

    assertThat(Tracing.exit(ASYNC, span, future)).isSameAs(future);
    assertThat(span.finishes).isZero();
    assertThat(span.scopeCloses).isEqualTo(1);
    IllegalStateException error = new IllegalStateException("late");
    future.completeExceptionally(error);

    assertThat(span.finishes).isEqualTo(1);
    assertThat(span.finishedWith).containsExactly(error);
  }

  @Test
  void asyncSpanOfAValueThatIsNotAStageEndsAtOnce() {
    RecordingActiveSpan span = RecordingActiveSpan.working();

    Tracing.exit(ASYNC, span, "not a stage");

    assertThat(span.finishes).isEqualTo(1);
  }

  @Test
  void resultTagsReadTheCompletedValueOfAStage() {
    RecordingActiveSpan span = RecordingActiveSpan.working();
    CompletableFuture<Integer> future = new CompletableFuture<>();

    Tracing.exit(WITH_RESULT_TAG, span, future);
    future.complete(7);

    assertThat(span.tags).containsExactly("result=7");
  }

  @Test
  void resultTagsAreNotReadAfterAFailure() {
    RecordingActiveSpan span = RecordingActiveSpan.working();

    Tracing.exitExceptionally(WITH_RESULT_TAG, span, new IllegalStateException());

    assertThat(span.tags).isEmpty();
    assertThat(span.finishes).isEqualTo(1);
  }

  @Test
  void resultTagThatThrowsCostsTheTagNotTheSpan() {
    MethodSpan method =
        MethodSpan.builder("T.bad")
            .resultTags(
                (result, tags) -> {
                  throw new IllegalStateException("getter failed");
                })
            .build();
    RecordingActiveSpan span = RecordingActiveSpan.working();

    assertThat(Tracing.exit(method, span, "value")).isEqualTo("value");

    assertThat(span.finishes).isEqualTo(1);
    assertThat(span.finishedWith).containsExactly((Throwable) null);
  }

  @Test
  void expectedExceptionsAreRecordedButAreNotErrors() {
    MethodSpan lookup =
        MethodSpan.builder("T.lookup").ignoreExceptions(IllegalArgumentException.class).build();
    RecordingActiveSpan expected = RecordingActiveSpan.working();
    RecordingActiveSpan unexpected = RecordingActiveSpan.working();
    NumberFormatException subclass = new NumberFormatException("not a number");
    IllegalStateException other = new IllegalStateException("broken");

    Tracing.exitExceptionally(lookup, expected, subclass);
    Tracing.exitExceptionally(lookup, unexpected, other);

    assertThat(expected.finishedWith).containsExactly(subclass);
    assertThat(expected.errors).containsExactly(false);
    assertThat(unexpected.errors).containsExactly(true);
  }

  @Test
  void cancelledStageIsTaggedAsCancelled() {
    RecordingActiveSpan span = RecordingActiveSpan.working();
    CompletableFuture<String> future = new CompletableFuture<>();
    Tracing.exit(ASYNC, span, future);

    future.cancel(false);

    assertThat(span.tags).containsExactly("cancelled=true");
    assertThat(span.errors).containsExactly(true);
  }

  @Test
  void noOpSpanLeavesTheCurrentSpanAlone() {
    Span before = Span.current();
    ActiveSpan.NOOP.closeScope();
    ActiveSpan.NOOP.finish(new RuntimeException(), true);
    assertThat(Span.current()).isSameAs(before);
  }

  private static OpenTelemetry tracerThrowing(Throwable failure) {
    return TestDoubles.withTracer(
        name -> {
          throw sneaky(failure);
        });
  }

  private static RuntimeException sneaky(Throwable failure) {
    return Sneaky.rethrow(failure);
  }
}
