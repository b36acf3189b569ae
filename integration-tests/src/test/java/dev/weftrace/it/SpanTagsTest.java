package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.SpanTags;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code SpanTags} from woven code on the OpenTelemetry SDK. */
class SpanTagsTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  void localRootIsTheRequestSpanAndCurrentIsTheInnermostSpan() {
    assertThat(new CodeTags().handle("ORD-1", "C-7")).isEqualTo("loaded C-7");

    assertThat(SpanCapture.attributes(tracing.only("orders.handle")))
        .isEqualTo(
            Attributes.builder()
                .put("order.id", "ORD-1")
                .put("customer.id", "C-7")
                .put("customer.orders", 3L)
                .build());
    assertThat(SpanCapture.attributes(tracing.only("orders.load")))
        .isEqualTo(Attributes.builder().put("cache.hit", false).put("load.ratio", 0.25).build());
  }

  @Test
  @SuppressWarnings("try") // the scope is used for its effect
  void currentSpanIsAlsoOneWeftraceDidNotMake() {
    Span manual = GlobalOpenTelemetry.getTracer("test").spanBuilder("manual").startSpan();
    try (Scope ignored = manual.makeCurrent()) {
      SpanTags.current().tag("rows", 12L);
    } finally {
      manual.end();
    }

    assertThat(tracing.only("manual").getAttributes().get(AttributeKey.longKey("rows")))
        .isEqualTo(12L);
  }

  @Test
  @SuppressWarnings("try") // the scope is used for its effect
  void underASpanWeftraceDidNotMakeThatSpanIsTheLocalRoot() {
    // As a request span made by Spring's observation support: no instrumentation API records it.
    Span manual = GlobalOpenTelemetry.getTracer("test").spanBuilder("server").startSpan();
    try (Scope ignored = manual.makeCurrent()) {
      new CodeTags().handle("ORD-2", "C-8");
    } finally {
      manual.end();
    }

    assertThat(tracing.only("server").getAttributes().get(customerId())).isEqualTo("C-8");
    assertThat(tracing.only("orders.handle").getAttributes().get(customerId())).isNull();
  }

  @Test
  void aTagForARootThatHasEndedIsDroppedWithoutError() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    CountDownLatch hold = new CountDownLatch(1);
    executor.execute(
        () -> {
          try {
            hold.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    CountDownLatch done = new CountDownLatch(1);
    try {
      new CodeTags().submit("C-9", executor, done::countDown);
      assertThat(tracing.names()).containsExactly("orders.submit"); // ended on return
      hold.countDown();
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      executor.shutdown();
    }

    assertThat(tracing.only("orders.submit").getAttributes().isEmpty()).isTrue();
  }

  @Test
  void outsideAnySpanNothingHappens() {
    SpanTags.current().tag("k", "v");
    SpanTags.localRoot().tag("k", "v");

    assertThat(tracing.spans()).isEmpty();
  }

  private static AttributeKey<String> customerId() {
    return AttributeKey.stringKey("customer.id");
  }
}
