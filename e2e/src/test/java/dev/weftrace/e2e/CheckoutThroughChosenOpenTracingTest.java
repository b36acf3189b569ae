package dev.weftrace.e2e;

import java.util.List;

/**
 * The OpenTracing bridge chosen with {@code weftrace.backend=opentracing} although the agent's
 * OpenTelemetry support is on, which would otherwise be chosen: the setting wins.
 */
class CheckoutThroughChosenOpenTracingTest extends CheckoutThroughOpenTracingTest {

  @Override
  List<String> flags() {
    return List.of("-Ddd.trace.otel.enabled=true", "-Dweftrace.backend=opentracing");
  }
}
