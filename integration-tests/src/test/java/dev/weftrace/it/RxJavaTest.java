package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.schedulers.Schedulers;
import io.reactivex.rxjava3.subjects.CompletableSubject;
import io.reactivex.rxjava3.subjects.SingleSubject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RxJavaTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final RxJava traced = new RxJava();

  @Test
  void singleSpanEndsWhenTheValueArrivesOnAnotherThreadAndTagsIt() throws Exception {
    SingleSubject<String> source = SingleSubject.create();

    Single<String> returned = traced.single("nightly", source);
    Disposable subscription = returned.subscribe();
    assertThat(tracing.spans()).as("no value yet").isEmpty();
    Thread emitter = new Thread(() -> source.onSuccess("ok"));
    emitter.start();
    emitter.join();

    SpanData span = tracing.only("RxJava.single");
    assertThat(SpanCapture.attributes(span))
        .isEqualTo(Attributes.of(stringKey("job"), "nightly", stringKey("reply"), "ok"));
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    subscription.dispose();
  }

  @Test
  void singleErrorReachesTheSubscriberAndMarksTheSpan() {
    IllegalStateException error = new IllegalStateException("no reply");

    Single<String> returned = traced.single("j", Single.error(error));

    assertThat(catchThrowable(returned::blockingGet)).isSameAs(error);
    FailuresTest.assertErrorSpan(tracing.only("RxJava.single"), error, "no reply");
  }

  @Test
  void disposedSingleEndsTheSpanMarkedCancelled() {
    traced.single("j", SingleSubject.create()).subscribe().dispose();

    SpanData span = tracing.only("RxJava.single");
    assertThat(span.getAttributes().get(booleanKey("cancelled"))).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void lazySourcesAreReturnedDecoratedAndEndOnceWhateverTheNumberOfSubscriptions() {
    Single<String> source = Single.just("x");

    Single<String> returned = traced.single("j", source);
    assertThat(returned).isNotSameAs(source);
    assertThat(tracing.spans()).as("nothing subscribed yet").isEmpty();

    assertThat(returned.blockingGet()).isEqualTo("x");
    assertThat(returned.blockingGet()).isEqualTo("x");
    assertThat(tracing.names()).containsExactly("RxJava.single");
  }

  @Test
  void maybeTagsItsValueAndAnEmptyMaybeTagsNothing() {
    assertThat(traced.maybe(Maybe.just("m")).blockingGet()).isEqualTo("m");
    assertThat(traced.maybe(Maybe.empty()).blockingGet()).isNull();

    assertThat(tracing.spans())
        .extracting(span -> span.getAttributes().get(stringKey("reply")))
        .containsExactly("m", null);
  }

  @Test
  void completableSpanEndsOnCompletion() {
    CompletableSubject source = CompletableSubject.create();
    Completable returned = traced.completable(source);
    returned.subscribe();
    assertThat(tracing.spans()).isEmpty();

    source.onComplete();

    assertThat(tracing.only("RxJava.completable").getStatus().getStatusCode())
        .isEqualTo(StatusCode.UNSET);
  }

  @Test
  void observableSpanEndsOnCompletion() {
    assertThat(traced.observable(3).toList().blockingGet()).containsExactly(1, 2, 3);

    assertThat(SpanCapture.attributes(tracing.only("RxJava.observable")))
        .isEqualTo(Attributes.of(longKey("count"), 3L));
  }

  @Test
  void flowableSpanEndsOnCompletionOnAnotherThreadOrOnCancellation() {
    Flowable<Long> ticks = Flowable.intervalRange(1, 2, 5, 5, TimeUnit.MILLISECONDS);
    assertThat(traced.flowable(ticks).toList().blockingGet()).containsExactly(1L, 2L);
    assertThat(tracing.only("RxJava.flowable").getAttributes().get(booleanKey("cancelled")))
        .isNull();

    tracing.beforeEach(null);
    traced
        .flowable(Flowable.interval(1, TimeUnit.HOURS, Schedulers.single()))
        .subscribe()
        .dispose();
    assertThat(tracing.only("RxJava.flowable").getAttributes().get(booleanKey("cancelled")))
        .isTrue();
  }
}
