package dev.weftrace.benchmarks.peers.datadog;

import dev.weftrace.benchmarks.peers.Workload;
import java.util.Objects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;

/**
 * {@link DatadogBenchmark} under the Datadog agent with its OpenTelemetry shim on ({@code
 * -Ddd.trace.otel.enabled=true}), with weftrace told to use the OpenTelemetry API ({@code
 * -Dweftrace.backend=otel}: with opentracing-util on this class path it would pick the agent's
 * cheaper OpenTracing tracer by itself); plus the same span by hand with that API ({@link
 * HandOtelShimOrders}).
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
      "-Ddd.trace.otel.enabled=true",
      "-Dweftrace.backend=otel"
    })
public class DatadogOtelBenchmark extends DatadogBenchmark {

  private HandOtelShimOrders handWritten;

  @Override
  String weftraceIntegration() {
    return "otel";
  }

  /** Checks that the hand-written span reaches the sink with both tags. */
  @Override
  void setUpReference() {
    handWritten = new HandOtelShimOrders();
    trial.requireSpan(
        "HandOtelShimOrders.price with both tags",
        () -> Workload.requireQuote(handWritten.price(orderId, lines)),
        span ->
            "HandOtelShimOrders.price".equals(span.resource())
                && Workload.ORDER_ID.equals(span.meta().get("order.id"))
                && Objects.equals((double) Workload.LINES, span.metrics().get("order.lines")));
  }

  /** The span weftrace makes here, by hand with the OpenTelemetry API: the in-JVM reference. */
  @Benchmark
  public int handOtel() {
    return handWritten.price(orderId, lines);
  }
}
