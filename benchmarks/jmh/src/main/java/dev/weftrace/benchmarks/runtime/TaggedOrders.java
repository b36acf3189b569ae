package dev.weftrace.benchmarks.runtime;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.TagSpan;

/**
 * The measured method as a user writes it with {@code @TagSpan}: no span of its own, its two
 * {@code @SpanTag} parameters go to the span current at the call. The body is that of {@link
 * PlainOrders#price}.
 */
public class TaggedOrders {

  /** Adds {@code order.id} and {@code order.lines} to the current span. */
  @TagSpan
  public int price(@SpanTag("order.id") String orderId, @SpanTag("order.lines") int lines) {
    return Pricing.quote(orderId, lines);
  }
}
