package dev.weftrace.e2e;

import java.util.List;

/**
 * The OpenTracing bridge chosen by weftrace although the agent's OpenTelemetry support is on: with
 * {@code opentracing-util} on the class path, the agent's OpenTracing tracer is the cheaper path
 * per call, so weftrace prefers it to the agent's OpenTelemetry shim.
 */
class CheckoutThroughChosenOpenTracingTest extends CheckoutThroughOpenTracingTest {

  @Override
  List<String> flags() {
    return List.of("-Ddd.trace.otel.enabled=true");
  }
}
