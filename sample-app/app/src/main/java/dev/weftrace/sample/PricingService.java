package dev.weftrace.sample;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.Set;

/** Works out what an order costs: loyalty discount and shipping on top of the cart's subtotal. */
public class PricingService {

  private static final double LOYALTY_DISCOUNT = 0.10;

  private final Set<String> loyalCustomers;
  private ShippingRates rates;

  /** A pricing service that gives {@code loyalCustomers} (customer ids) their discount. */
  public PricingService(Set<String> loyalCustomers) {
    this.loyalCustomers = Set.copyOf(loyalCustomers);
  }

  /**
   * Prices one order. Each {@code @SpanTag} becomes an attribute of the span with the parameter's
   * type: a string, a long (from the {@code int}), a boolean and a double. Without an explicit key
   * the tag is named after the parameter ({@code express}, {@code subtotal}).
   *
   * <p>{@code measured} asks backends that compute per-span metrics (Datadog) to do so for this
   * internal span too. weftrace's OpenTelemetry bridge does not pass it on, so nothing in this
   * sample's output shows it.
   */
  @Trace(measured = true)
  public Quote price(
      @SpanTag("customer.id") String customerId,
      @SpanTag("item.count") int itemCount,
      @SpanTag boolean express,
      @SpanTag double subtotal) {
    // A call on this: a proxy-based tracer would not see it; the woven code does.
    double discount = this.loyaltyDiscount(customerId, subtotal);
    double shipping = rates().costFor(itemCount, express);
    return new Quote(subtotal, discount, shipping, Money.cents(subtotal - discount + shipping));
  }

  /** Whether {@code customerId} gets the loyalty discount. */
  public boolean isLoyal(String customerId) {
    return loyalCustomers.contains(customerId);
  }

  /** The discount {@code customerId} gets on {@code subtotal}, in whole cents. */
  @Trace
  double loyaltyDiscount(@SpanTag("customer.id") String customerId, double subtotal) {
    Latency.simulate(1);
    return loyalCustomers.contains(customerId) ? Money.cents(subtotal * LOYALTY_DISCOUNT) : 0;
  }

  private synchronized ShippingRates rates() {
    if (rates == null) {
      rates = ShippingRates.load();
    }
    return rates;
  }
}
