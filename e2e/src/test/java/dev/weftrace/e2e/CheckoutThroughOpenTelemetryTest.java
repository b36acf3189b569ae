package dev.weftrace.e2e;

import java.util.List;
import java.util.Locale;

/**
 * The OpenTelemetry bridge under the agent with {@code dd.trace.otel.enabled=true}, asked for with
 * {@code weftrace.backend=otel} (this module has {@code opentracing-util}, which weftrace would
 * otherwise prefer): the agent takes the {@code operation.name} attribute as the operation name and
 * lower-cases it.
 */
class CheckoutThroughOpenTelemetryTest extends CheckoutOnTheWireTest {

  @Override
  List<String> flags() {
    return List.of("-Ddd.trace.otel.enabled=true", "-Dweftrace.backend=otel");
  }

  @Override
  String integration() {
    return "otel";
  }

  @Override
  String operationName(String declared) {
    return declared.toLowerCase(Locale.ROOT);
  }
}
