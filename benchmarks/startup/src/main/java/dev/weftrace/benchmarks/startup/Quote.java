package dev.weftrace.benchmarks.startup;

/** What an order costs, in cents, as worked out by {@link Pricing}. */
record Quote(long subtotalCents, long discountCents, long shippingCents) {

  /** The amount to charge. */
  long totalCents() {
    return subtotalCents - discountCents + shippingCents;
  }
}
