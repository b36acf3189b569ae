package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AsyncTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final Async traced = new Async();

  @Test
  void spanEndsWhenTheFutureCompletesNotWhenTheMethodReturns() throws Exception {
    CompletableFuture<String> future = new CompletableFuture<>();

    CompletableFuture<String> returned = traced.pending("nightly", future);

    assertThat(returned).isSameAs(future);
    assertThat(tracing.spans()).isEmpty();
    Thread.sleep(50);
    Thread completer = new Thread(() -> future.complete("ok"));
    completer.start();
    completer.join();

    SpanData span = tracing.only("Async.pending");
    // Only a span that ended after the 50 ms wait, on completion, can be this long.
    assertThat(span.getEndEpochNanos() - span.getStartEpochNanos())
        .isGreaterThanOrEqualTo(50_000_000L);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("job"))).isEqualTo("nightly");
    assertThat(returned.get()).isEqualTo("ok");
  }

  @Test
  void callersContextIsCurrentAgainAsSoonAsTheMethodReturns() {
    Span before = Span.current();

    traced.pending("j", new CompletableFuture<>());

    assertThat(Span.current()).isSameAs(before);
  }

  @Test
  void exceptionalCompletionMarksTheSpanAsAnError() {
    CompletableFuture<String> future = new CompletableFuture<>();
    traced.pending("j", future);
    IllegalStateException error = new IllegalStateException("backend down");

    future.completeExceptionally(error);

    FailuresTest.assertErrorSpan(tracing.only("Async.pending"), error, "backend down");
  }

  @Test
  void completionExceptionIsUnwrappedToItsCause() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> result = traced.failsInStage(source);

    source.complete("v1");

    assertThat(result).isCompletedExceptionally();
    SpanData span = tracing.only("Async.failsInStage");
    assertThat(span.getStatus().getDescription()).isEqualTo("stage failed on v1");
    assertThat(
            FailuresTest.exceptionEvent(span)
                .getAttributes()
                .get(AttributeKey.stringKey("exception.type")))
        .isEqualTo(IllegalStateException.class.getName());
  }

  @Test
  void cancellationEndsTheSpanAsAnError() {
    CompletableFuture<String> future = new CompletableFuture<>();
    traced.pending("j", future);

    future.cancel(true);

    SpanData span = tracing.only("Async.pending");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(
            FailuresTest.exceptionEvent(span)
                .getAttributes()
                .get(AttributeKey.stringKey("exception.type")))
        .isEqualTo(CancellationException.class.getName());
  }

  @Test
  void declaredCompletionStageIsHandledTheSameWay() {
    CompletableFuture<String> future = new CompletableFuture<>();
    CompletionStage<String> stage = traced.pendingStage(future);

    assertThat(tracing.spans()).isEmpty();
    future.complete("x");

    assertThat(tracing.only("Async.pendingStage").hasEnded()).isTrue();
    assertThat(stage.toCompletableFuture().join()).isEqualTo("x");
  }

  @Test
  void alreadyCompletedFutureEndsTheSpanAtOnce() {
    assertThat(traced.done().join()).isEqualTo("done");

    assertThat(tracing.names()).containsExactly("Async.done");
  }

  @Test
  void nullFutureEndsTheSpanAtOnce() {
    assertThat(traced.nothing()).isNull();

    assertThat(tracing.names()).containsExactly("Async.nothing");
  }

  @Test
  void futureReturnedAsObjectEndsTheSpanWhenTheMethodReturns() {
    CompletableFuture<String> future = new CompletableFuture<>();

    assertThat(traced.untypedFuture(future)).isSameAs(future);

    assertThat(tracing.names()).containsExactly("Async.untypedFuture");
  }
}
