package dev.weftrace.benchmarks.runtime;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.concurrent.CompletableFuture;

/**
 * The measured methods as a user writes them: {@code @Trace} with two {@code @SpanTag} parameters,
 * checked by weftrace-processor and woven by the weftrace aspect when this module is built. The
 * bodies are those of {@link PlainOrders}.
 */
public class TracedOrders {

  /** Span {@code TracedOrders.price} with tags {@code order.id} and {@code order.lines}. */
  @Trace
  public int price(@SpanTag("order.id") String orderId, @SpanTag("order.lines") int lines) {
    return Pricing.quote(orderId, lines);
  }

  /** As {@link #price}; the span ends when the returned (already completed) future completes. */
  @Trace
  public CompletableFuture<Integer> priceLater(
      @SpanTag("order.id") String orderId, @SpanTag("order.lines") int lines) {
    return CompletableFuture.completedFuture(Pricing.quote(orderId, lines));
  }

  /**
   * As {@link #price} without tags, so that the advice uses only the static part of the join point:
   * measured only where it shows what the tags cost (the run-time exclusion case).
   */
  @Trace
  public int priceUntagged(String orderId, int lines) {
    return Pricing.quote(orderId, lines);
  }
}
