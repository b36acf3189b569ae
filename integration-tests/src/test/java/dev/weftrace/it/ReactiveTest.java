package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class ReactiveTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final Reactive reactive = new Reactive();

  @Test
  void monoSpanEndsWhenTheValueArrivesAndTagsIt() {
    Sinks.One<Long> price = Sinks.one();
    Mono<Reactive.Quote> quote = reactive.quote("ab-1", price.asMono());
    var subscription = quote.subscribe();
    assertThat(tracing.spans()).as("no value yet").isEmpty();

    price.tryEmitValue(1_250L);

    assertThat(SpanCapture.attributes(tracing.only("Reactive.quote")))
        .isEqualTo(
            Attributes.builder()
                .put(stringKey("sku"), "ab-1")
                .put(stringKey("quote.id"), "q-ab-1")
                .build());
    subscription.dispose();
  }

  @Test
  void monoErrorReachesTheSubscriberAndMarksTheSpan() {
    IllegalStateException error = new IllegalStateException("no price");

    assertThat(catchThrowable(() -> reactive.quote("x", Mono.error(error)).block()))
        .isSameAs(error);

    assertThat(tracing.only("Reactive.quote").getStatus().getStatusCode())
        .isEqualTo(StatusCode.ERROR);
  }

  @Test
  void fluxSpanEndsOnCompletionOnce() {
    assertThat(reactive.range(3).collectList().block()).containsExactly(1, 2, 3);

    assertThat(SpanCapture.attributes(tracing.only("Reactive.range")))
        .isEqualTo(Attributes.of(longKey("count"), 3L));
  }

  @Test
  void cancelledSubscriptionEndsTheSpanMarkedCancelled() {
    reactive
        .quote("slow", Mono.delay(Duration.ofSeconds(30)).map(tick -> 1L))
        .subscribe()
        .dispose();

    assertThat(tracing.only("Reactive.quote").getAttributes().get(booleanKey("cancelled")))
        .isTrue();
  }
}
