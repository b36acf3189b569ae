package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.schedulers.Schedulers;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * A method declared to return a {@link Publisher}: ended by the Reactive Streams strategy whatever
 * implements the publisher (here Reactor and RxJava, seen only as publishers).
 */
class StreamsTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final Streams traced = new Streams();

  @Test
  void spanEndsOnCompletionOnAnotherThreadNotOnReturn() {
    Publisher<Long> returned =
        traced.publish("ticks", Flowable.intervalRange(1, 3, 10, 10, TimeUnit.MILLISECONDS));
    assertThat(tracing.spans()).as("nothing subscribed yet").isEmpty();

    assertThat(Flowable.fromPublisher(returned).toList().blockingGet()).containsExactly(1L, 2L, 3L);

    SpanData span = tracing.only("Streams.publish");
    assertThat(span.getAttributes().get(stringKey("topic"))).isEqualTo("ticks");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void errorReachesTheSubscriberAndMarksTheSpan() {
    IllegalStateException error = new IllegalStateException("feed down");

    Publisher<Long> returned = traced.publish("t", Flux.error(error));

    assertThat(catchThrowable(() -> Flux.from(returned).blockLast())).isSameAs(error);
    FailuresTest.assertErrorSpan(tracing.only("Streams.publish"), error, "feed down");
  }

  @Test
  void cancellationEndsTheSpanMarkedCancelled() {
    Publisher<Long> returned =
        traced.publish("t", Flowable.interval(1, TimeUnit.HOURS, Schedulers.single()));
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    returned.subscribe(subscriber);
    assertThat(tracing.spans()).isEmpty();

    subscriber.cancel();

    assertThat(tracing.only("Streams.publish").getAttributes().get(booleanKey("cancelled")))
        .isTrue();
  }

  @Test
  void spanEndsOnceWhateverTheNumberOfSubscriptions() {
    Publisher<Long> returned = traced.publish("t", Flux.just(1L, 2L));

    assertThat(Flux.from(returned).collectList().block()).containsExactly(1L, 2L);
    assertThat(Flux.from(returned).collectList().block()).containsExactly(1L, 2L);

    assertThat(tracing.names()).containsExactly("Streams.publish");
  }
}
