package dev.weftrace.benchmarks.peers.datadog;

import dev.weftrace.benchmarks.peers.Workload;
import java.util.Objects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;

/**
 * {@link DatadogBenchmark} under the Datadog agent as it starts by default (its OpenTelemetry
 * support off), with weftrace told to use OpenTracing ({@code -Dweftrace.backend=opentracing}: the
 * {@code GlobalTracer} the agent registers by itself, which weftrace would also pick on its own
 * here); plus the same span by hand on that tracer ({@link HandOpenTracingOrders}).
 */
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms2g",
      "-Xmx2g",
      DatadogFlags.SINK,
      DatadogFlags.AGENT,
      DatadogFlags.URL,
      DatadogFlags.HOST,
      DatadogFlags.SERVICE,
      DatadogFlags.NO_TELEMETRY,
      DatadogFlags.NO_REMOTE_CONFIG,
      DatadogFlags.NO_JMXFETCH,
      DatadogFlags.NO_STARTUP_LOG,
      "-Dweftrace.backend=opentracing"
    })
public class DatadogOpenTracingBenchmark extends DatadogBenchmark {

  private final HandOpenTracingOrders handWritten = new HandOpenTracingOrders();

  @Override
  String weftraceIntegration() {
    return "opentracing";
  }

  /** Checks that the hand-written span reaches the sink with both tags. */
  @Override
  void setUpReference() {
    trial.requireSpan(
        "HandOpenTracingOrders.price with both tags",
        () -> Workload.requireQuote(handWritten.price(orderId, lines)),
        span ->
            "HandOpenTracingOrders.price".equals(span.resource())
                && Workload.ORDER_ID.equals(span.meta().get("order.id"))
                && Objects.equals((double) Workload.LINES, span.metrics().get("order.lines")));
  }

  /** The span weftrace makes here, by hand with OpenTracing: the in-JVM reference for this path. */
  @Benchmark
  public int handOpenTracing() {
    return handWritten.price(orderId, lines);
  }
}
