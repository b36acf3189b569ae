package dev.weftrace.benchmarks.peers.datadog;

import datadog.trace.api.Trace;
import dev.weftrace.benchmarks.peers.Workload;

/**
 * The measured method as a Datadog agent user writes it: {@code @datadog.trace.api.Trace},
 * instrumented by the agent when the class loads. That annotation cannot tag parameters, so this
 * span carries no {@code order.id} or {@code order.lines}; everything else about it (operation
 * {@code trace.annotation}, resource {@code DatadogOrders.price}) is the agent's default. No
 * weftrace annotation, so weftrace's weaving leaves it alone.
 */
public class DatadogOrders {

  /** Span {@code trace.annotation}, resource {@code DatadogOrders.price}, no tags. */
  @Trace
  public int price(String orderId, int lines) {
    return Workload.quote(orderId, lines);
  }
}
