package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/** Woven {@code @TagSpan} methods tag the span current at the call, and make none of their own. */
class TagSpanTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  private final TagSpans tagSpans = new TagSpans();

  @Test
  void tagsASpanMadeByHandWithTheSdk() {
    inSpanMadeByHand(() -> tagSpans.lookUp("SKU-1"));

    assertThat(tracing.names()).containsExactly("request");
    assertThat(SpanCapture.attributes(tracing.only("request")))
        .isEqualTo(
            Attributes.builder()
                .put("cache", "catalog")
                .put("item.sku", "SKU-1")
                .put("item.stock", 3L)
                .build());
  }

  @Test
  void tagsTheSpanOfTheEnclosingTracedMethod() {
    tagSpans.handle("7");

    assertThat(tracing.names()).containsExactly("TagSpans.handle");
    assertThat(SpanCapture.attributes(tracing.only("TagSpans.handle")))
        .isEqualTo(
            Attributes.builder()
                .put("request.id", "7")
                .put("cache", "catalog")
                .put("item.sku", "SKU-7")
                .put("item.stock", 3L)
                .build());
  }

  @Test
  void privateSelfInvokedAndStaticMethodsAreWovenToo() {
    inSpanMadeByHand(
        () -> {
          assertThat(tagSpans.callPrivate("k")).isTrue();
          TagSpans.count(2);
        });

    assertThat(SpanCapture.attributes(tracing.only("request")))
        .isEqualTo(Attributes.builder().put("cache.key", "k").put("item.count", 2L).build());
  }

  @Test
  void resultTagsOfACompletableFutureWaitForItsValue() {
    CompletableFuture<TagSpans.Item> pending = new CompletableFuture<>();

    inSpanMadeByHand(
        () -> {
          assertThat(tagSpans.load(pending)).isSameAs(pending);
          assertThat(Span.current().toString()).doesNotContain("loaded.sku");
          pending.complete(new TagSpans.Item("SKU-9", 0));
        });

    assertThat(tracing.only("request").getAttributes().get(AttributeKey.stringKey("loaded.sku")))
        .isEqualTo("SKU-9");
  }

  @Test
  void resultTagsOfAMonoReadTheValueItEmitsWhenSubscribed() {
    inSpanMadeByHand(
        () -> {
          Mono<TagSpans.Item> emitted = tagSpans.emit(Mono.just(new TagSpans.Item("SKU-4", 1)));
          assertThat(Span.current().toString()).doesNotContain("emitted.sku");
          assertThat(emitted.block()).isEqualTo(new TagSpans.Item("SKU-4", 1));
        });

    assertThat(tracing.only("request").getAttributes().get(AttributeKey.stringKey("emitted.sku")))
        .isEqualTo("SKU-4");
  }

  @Test
  void aMonoThatFailsLeavesItsResultTagOutAndFailsUnchanged() {
    IllegalStateException error = new IllegalStateException("sold out");

    inSpanMadeByHand(
        () ->
            assertThat(catchThrowable(() -> tagSpans.emit(Mono.error(error)).block()))
                .isSameAs(error));

    SpanData request = tracing.only("request");
    assertThat(request.getAttributes().isEmpty()).isTrue();
    assertThat(request.getStatus().getStatusCode().name()).isEqualTo("UNSET");
  }

  @Test
  void aThrowPropagatesUnchangedAfterTheArgumentTags() {
    IllegalStateException error = new IllegalStateException("declined");

    inSpanMadeByHand(
        () -> assertThat(catchThrowable(() -> tagSpans.fail(3, error))).isSameAs(error));

    SpanData request = tracing.only("request");
    assertThat(SpanCapture.attributes(request))
        .isEqualTo(Attributes.builder().put("attempt", 3L).build());
    assertThat(request.getStatus().getStatusCode().name()).isEqualTo("UNSET");
  }

  @Test
  void withoutACurrentSpanNothingHappensAndTheMethodRunsAsWritten() {
    assertThat(tagSpans.lookUp("SKU-2")).isEqualTo(new TagSpans.Item("SKU-2", 3));
    TagSpans.count(1);

    assertThat(tracing.spans()).isEmpty();
  }

  @Test
  void localRootTagsFromNestedMethodsLandOnTheOutermostSpan() {
    assertThat(tagSpans.request("c-1")).isEqualTo("ORD-c-1");

    assertThat(tracing.names())
        .containsExactly("TagSpans.checkout", "TagSpans.service", "TagSpans.request");
    assertThat(SpanCapture.attributes(tracing.only("TagSpans.request")))
        .isEqualTo(
            Attributes.builder()
                .put("customer.tier", "gold")
                .put("customer.id", "c-1")
                .put("order.id", "ORD-c-1")
                .build());
    assertThat(tracing.only("TagSpans.checkout").getAttributes().isEmpty()).isTrue();
    assertThat(tracing.only("TagSpans.service").getAttributes().isEmpty()).isTrue();
  }

  @Test
  void localRootTagsGoToTheSpanMadeOutsideWeftraceThatTheTraceStartedWith() {
    inSpanMadeByHand(
        () -> {
          tagSpans.tier("silver"); // no weftrace span yet: the current span is the root
          assertThat(tagSpans.checkout("c-2")).isEqualTo("ORD-c-2");
        });

    assertThat(SpanCapture.attributes(tracing.only("request")))
        .isEqualTo(
            Attributes.builder()
                .put("customer.tier", "silver")
                .put("customer.id", "c-2")
                .put("order.id", "ORD-c-2")
                .build());
    assertThat(tracing.only("TagSpans.checkout").getAttributes().isEmpty()).isTrue();
  }

  /** Runs {@code work} inside a span named {@code request} that weftrace did not make. */
  private static void inSpanMadeByHand(Runnable work) {
    Span span = GlobalOpenTelemetry.getTracer("hand").spanBuilder("request").startSpan();
    try (Scope scope = span.makeCurrent()) {
      work.run();
    } finally {
      span.end();
    }
  }
}
