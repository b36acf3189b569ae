package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuavaFuturesTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final GuavaFutures traced = new GuavaFutures();

  @Test
  void spanEndsWhenTheFutureCompletesOnAnotherThreadAndTagsTheValue() throws Exception {
    SettableFuture<String> future = SettableFuture.create();

    ListenableFuture<String> returned = traced.pending("nightly", future);

    assertThat(returned).isSameAs(future);
    assertThat(tracing.spans()).as("not complete yet").isEmpty();
    Thread completer = new Thread(() -> future.set("ok"));
    completer.start();
    completer.join();

    SpanData span = tracing.only("GuavaFutures.pending");
    assertThat(SpanCapture.attributes(span))
        .isEqualTo(Attributes.of(stringKey("job"), "nightly", stringKey("reply"), "ok"));
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void failureMarksTheSpanAsAnErrorWithoutResultTags() {
    SettableFuture<String> future = SettableFuture.create();
    traced.pending("j", future);
    IllegalStateException error = new IllegalStateException("backend down");

    future.setException(error);

    SpanData span = tracing.only("GuavaFutures.pending");
    FailuresTest.assertErrorSpan(span, error, "backend down");
    assertThat(span.getAttributes().get(stringKey("reply"))).isNull();
  }

  @Test
  void cancellationEndsTheSpanMarkedCancelled() {
    SettableFuture<String> future = SettableFuture.create();
    traced.pending("j", future);

    future.cancel(true);

    SpanData span = tracing.only("GuavaFutures.pending");
    assertThat(span.getAttributes().get(booleanKey("cancelled"))).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void fluentFutureIsFollowedToo() throws Exception {
    SettableFuture<String> source = SettableFuture.create();

    FluentFuture<String> returned = traced.fluent(source);
    assertThat(tracing.spans()).isEmpty();
    source.set("v");

    assertThat(returned.get()).isEqualTo("v");
    assertThat(tracing.only("GuavaFutures.fluent").getAttributes().get(stringKey("reply")))
        .isEqualTo("v");
  }

  @Test
  void spanEndsOnceWhateverHappensAfterCompletion() {
    SettableFuture<String> future = SettableFuture.create();
    traced.pending("j", future);

    future.set("first");
    future.setException(new IllegalStateException("too late"));
    future.cancel(true);

    assertThat(tracing.names()).containsExactly("GuavaFutures.pending");
  }
}
