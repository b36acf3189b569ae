package dev.weftrace.benchmarks.startup;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.util.List;

/**
 * Works out what an order costs. {@link #quote} calls {@link #loyaltyDiscount} on {@code this}, so
 * the discount's span is the deepest of each trace: the {@link Checkpoint} looks at it there.
 */
final class Pricing {

  private static final long EXPRESS_CENTS = 1_500;
  private static final long STANDARD_CENTS = 499;
  private static final long FREE_SHIPPING_FROM_CENTS = 10_000;

  /** Prices {@code items} for {@code customerId}, with express shipping or not. */
  @Trace
  @WithSpan("Pricing.quote")
  @datadog.trace.api.Trace(operationName = "pricing.quote")
  Quote quote(
      @SpanTag("customer.id") @SpanAttribute("customer.id") String customerId,
      List<LineItem> items,
      @SpanTag("express") @SpanAttribute("express") boolean express) {
    long subtotal = 0;
    for (LineItem item : items) {
      subtotal += item.cents();
    }
    long discount = this.loyaltyDiscount(customerId, subtotal);
    long shipping =
        express ? EXPRESS_CENTS : subtotal >= FREE_SHIPPING_FROM_CENTS ? 0 : STANDARD_CENTS;
    return new Quote(subtotal, discount, shipping);
  }

  /** 5% off for every customer whose number is even, in whole cents. */
  @Trace
  @WithSpan("Pricing.loyaltyDiscount")
  @datadog.trace.api.Trace(operationName = "pricing.discount")
  long loyaltyDiscount(
      @SpanTag("customer.id") @SpanAttribute("customer.id") String customerId,
      @SpanTag("subtotal.cents") @SpanAttribute("subtotal.cents") long subtotalCents) {
    Checkpoint.enteredLeaf();
    boolean loyal = (customerId.charAt(customerId.length() - 1) - '0') % 2 == 0;
    return loyal ? subtotalCents / 20 : 0;
  }
}
