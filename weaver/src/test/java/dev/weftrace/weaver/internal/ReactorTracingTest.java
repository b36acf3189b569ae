package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** Spans of methods returning Reactor publishers end on the publisher's terminal signal. */
class ReactorTracingTest {

  private static final MethodSpan MONO =
      MethodSpan.builder("T.mono")
          .asyncResult(Mono.class)
          .resultTags((value, tags) -> tags.putValue("value", value))
          .build();
  private static final MethodSpan FLUX =
      MethodSpan.builder("T.flux").asyncResult(Flux.class).build();

  @Test
  void monoSpanEndsWhenItEmitsAndTagsTheValue() {
    RecordingActiveSpan span = RecordingActiveSpan.working();
    Sinks.One<String> source = Sinks.one();

    Mono<?> returned = (Mono<?>) Tracing.exit(MONO, span, source.asMono());
    assertThat(span.finishes).as("nothing ends before subscription").isZero();
    Disposable subscription = returned.subscribe();
    assertThat(span.finishes).isZero();
    source.tryEmitValue("ok");

    assertThat(span.finishes).isEqualTo(1);
    assertThat(span.finishedWith).containsExactly((Throwable) null);
    assertThat(span.tags).containsExactly("value=ok");
    subscription.dispose();
  }

  @Test
  void fluxSpanEndsOnCompletionOnceWhateverTheNumberOfSubscriptions() {
    RecordingActiveSpan span = RecordingActiveSpan.working();

    Flux<?> returned = (Flux<?>) Tracing.exit(FLUX, span, Flux.just(1, 2, 3));

    assertThat(returned.collectList().block()).isEqualTo(List.of(1, 2, 3));
    assertThat(returned.collectList().block()).isEqualTo(List.of(1, 2, 3));
    assertThat(span.finishes).isEqualTo(1);
    assertThat(span.errors).containsExactly(false);
  }

  @Test
  void errorSignalEndsTheSpanAsAnErrorAndStillReachesTheSubscriber() {
    RecordingActiveSpan span = RecordingActiveSpan.working();
    IllegalStateException error = new IllegalStateException("upstream failed");

    Mono<?> returned = (Mono<?>) Tracing.exit(MONO, span, Mono.error(error));

    assertThat(catchThrowable(returned::block)).isSameAs(error);
    assertThat(span.finishedWith).containsExactly(error);
    assertThat(span.errors).containsExactly(true);
    assertThat(span.tags).isEmpty();
  }

  @Test
  void cancellationEndsTheSpanMarkedCancelled() {
    RecordingActiveSpan span = RecordingActiveSpan.working();

    Flux<?> returned = (Flux<?>) Tracing.exit(FLUX, span, Flux.interval(Duration.ofSeconds(10)));
    returned.subscribe().dispose();

    assertThat(span.finishes).isEqualTo(1);
    assertThat(span.finishedWith.get(0)).isInstanceOf(CancellationException.class);
    assertThat(span.tags).containsExactly("cancelled=true");
  }

  @Test
  void nullPublisherEndsTheSpanAtOnce() {
    RecordingActiveSpan span = RecordingActiveSpan.working();

    assertThat(Tracing.exit(MONO, span, null)).isNull();

    assertThat(span.finishes).isEqualTo(1);
  }
}
