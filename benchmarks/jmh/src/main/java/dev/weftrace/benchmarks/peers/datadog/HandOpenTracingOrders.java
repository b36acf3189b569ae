package dev.weftrace.benchmarks.peers.datadog;

import dev.weftrace.benchmarks.peers.Workload;
import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;
import io.opentracing.tag.Tags;
import io.opentracing.util.GlobalTracer;
import java.util.Map;

/**
 * The span weftrace makes through OpenTracing under the Datadog agent, written by hand on the
 * agent's {@link GlobalTracer}: the same operation name, resource, two tags, activation, error
 * handling and finish. The in-JVM reference that tells weftrace's own cost on that path from the
 * cost of the path.
 */
public class HandOpenTracingOrders {

  /** {@link Workload#quote} in span {@code HandOpenTracingOrders.price} with both tags. */
  @SuppressWarnings("try") // the scope is only closed
  public int price(String orderId, int lines) {
    Tracer tracer = GlobalTracer.get();
    Span span =
        tracer
            .buildSpan("HandOpenTracingOrders.price")
            .withTag("resource.name", "HandOpenTracingOrders.price")
            .withTag("order.id", orderId)
            .withTag("order.lines", lines)
            .start();
    try (Scope ignored = tracer.activateSpan(span)) {
      return Workload.quote(orderId, lines);
    } catch (Throwable error) {
      Tags.ERROR.set(span, true);
      span.log(Map.of("event", "error", "error.object", error));
      throw error;
    } finally {
      span.finish();
    }
  }
}
