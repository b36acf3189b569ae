package dev.weftrace.benchmarks.peers;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

/**
 * The measured method as a weftrace user writes it: {@code @Trace} with two {@code @SpanTag}
 * parameters, checked by weftrace-processor and woven when this module is built. Measured on the
 * OpenTelemetry SDK and under the Datadog agent; the only class of the peers benchmarks that
 * carries weftrace's annotations.
 */
public class WeftraceOrders {

  /** Span {@code WeftraceOrders.price} with tags {@code order.id} and {@code order.lines}. */
  @Trace
  public int price(@SpanTag("order.id") String orderId, @SpanTag("order.lines") int lines) {
    return Workload.quote(orderId, lines);
  }
}
