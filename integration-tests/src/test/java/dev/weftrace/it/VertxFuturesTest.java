package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Vert.x futures (no cancellation in Vert.x): the version the build runs is in the pom. */
class VertxFuturesTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final VertxFutures traced = new VertxFutures();

  @Test
  void spanEndsWhenTheFutureCompletesOnAnotherThreadAndTagsTheValue() throws Exception {
    Promise<String> promise = Promise.promise();

    Future<String> returned = traced.pending("nightly", promise.future());

    assertThat(returned).isSameAs(promise.future());
    assertThat(tracing.spans()).as("not complete yet").isEmpty();
    Thread completer = new Thread(() -> promise.complete("ok"));
    completer.start();
    completer.join();

    SpanData span = tracing.only("VertxFutures.pending");
    assertThat(SpanCapture.attributes(span))
        .isEqualTo(Attributes.of(stringKey("job"), "nightly", stringKey("reply"), "ok"));
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void failureMarksTheSpanAsAnErrorWithoutResultTags() {
    Promise<String> promise = Promise.promise();
    traced.pending("j", promise.future());
    IllegalStateException error = new IllegalStateException("backend down");

    promise.fail(error);

    SpanData span = tracing.only("VertxFutures.pending");
    FailuresTest.assertErrorSpan(span, error, "backend down");
    assertThat(span.getAttributes().get(stringKey("reply"))).isNull();
  }

  @Test
  void alreadyCompletedFutureEndsTheSpanOnce() {
    Future<String> done = Future.succeededFuture("done");

    assertThat(traced.pending("j", done)).isSameAs(done);
    done.onComplete(ignored -> {});

    assertThat(tracing.names()).containsExactly("VertxFutures.pending");
  }
}
