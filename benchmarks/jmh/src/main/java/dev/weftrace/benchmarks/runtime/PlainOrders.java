package dev.weftrace.benchmarks.runtime;

import java.util.concurrent.CompletableFuture;

/** The measured methods without any tracing: the baseline. Not annotated, so never woven. */
public class PlainOrders {

  /** {@link Pricing#quote}, untraced. */
  public int price(String orderId, int lines) {
    return Pricing.quote(orderId, lines);
  }

  /** {@link Pricing#quote} in an already completed future, untraced. */
  public CompletableFuture<Integer> priceLater(String orderId, int lines) {
    return CompletableFuture.completedFuture(Pricing.quote(orderId, lines));
  }
}
