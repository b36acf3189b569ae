package dev.weftrace.benchmarks.peers.datadog;

import dev.weftrace.benchmarks.peers.Workload;
import dev.weftrace.benchmarks.runtime.BenchmarkSdk;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * The span weftrace makes through the OpenTelemetry API under the Datadog agent (with {@code
 * dd.trace.otel.enabled=true}), written by hand on the tracer the agent's shim provides: the same
 * kind, {@code operation.name} and {@code resource.name} attributes, two tags, {@code makeCurrent},
 * error handling and end. The in-JVM reference for that path.
 */
public class HandOtelShimOrders {

  private final Tracer tracer = GlobalOpenTelemetry.getTracer(BenchmarkSdk.SCOPE);

  /** {@link Workload#quote} in span {@code HandOtelShimOrders.price} with both tags. */
  @SuppressWarnings("try") // the scope is only closed
  public int price(String orderId, int lines) {
    Span span =
        tracer
            .spanBuilder("HandOtelShimOrders.price")
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute("operation.name", "HandOtelShimOrders.price")
            .setAttribute("resource.name", "HandOtelShimOrders.price")
            .setAttribute("order.id", orderId)
            .setAttribute("order.lines", lines)
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      return Workload.quote(orderId, lines);
    } catch (Throwable error) {
      span.setStatus(StatusCode.ERROR, error.getMessage());
      span.recordException(error);
      throw error;
    } finally {
      span.end();
    }
  }
}
