package dev.weftrace.benchmarks.peers.spring;

import dev.weftrace.benchmarks.peers.Workload;

/**
 * The measured method as a Spring AOP user writes it: annotated for {@link SpanAspect}, traced only
 * when called through the proxy that {@link SpringProxies} makes (a call from inside the class
 * would not be). No weftrace annotation, so weftrace's weaving leaves it alone.
 */
public class SpringOrders {

  /** Span {@code SpringOrders.price} with attributes {@code order.id} and {@code order.lines}. */
  @ProxyTraced
  public int price(@ProxyTag("order.id") String orderId, @ProxyTag("order.lines") int lines) {
    return Workload.quote(orderId, lines);
  }
}
