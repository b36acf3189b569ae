package dev.weftrace.benchmarks.runtime;

/**
 * The measured method for {@link AroundSpanAspect}, the peer design: not annotated for weftrace, so
 * weftrace's advice leaves it alone; ajc weaves the annotation-style aspect into it at build time.
 * The body is that of {@link PlainOrders}.
 */
public class AroundOrders {

  /** {@link Pricing#quote}, traced by {@link AroundSpanAspect}. */
  public int price(String orderId, int lines) {
    return Pricing.quote(orderId, lines);
  }
}
