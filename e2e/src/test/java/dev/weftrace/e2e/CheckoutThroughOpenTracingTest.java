package dev.weftrace.e2e;

import java.util.List;

/**
 * The OpenTracing bridge, chosen by weftrace itself: without {@code dd.trace.otel.enabled} the
 * agent's tracer is OpenTracing's {@code GlobalTracer}, which the agent registers on its own. The
 * agent keeps operation names as they are on this path.
 */
class CheckoutThroughOpenTracingTest extends CheckoutOnTheWireTest {

  @Override
  List<String> flags() {
    return List.of();
  }

  @Override
  String integration() {
    return "opentracing";
  }

  @Override
  String operationName(String declared) {
    return declared;
  }
}
