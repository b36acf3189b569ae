package dev.weftrace.benchmarks.startup;

import datadog.trace.api.CorrelationIdentifier;

/**
 * Reads the current span through Datadog's {@link CorrelationIdentifier}: the active trace and span
 * ids under the Datadog Java agent, {@code "0"} when no span is active (or without the agent).
 */
final class DatadogCorrelation extends NestingProbe {

  @Override
  SpanIds current() {
    String traceId = CorrelationIdentifier.getTraceId();
    String spanId = CorrelationIdentifier.getSpanId();
    return new SpanIds(traceId, spanId, !"0".equals(traceId) && !"0".equals(spanId));
  }

  @Override
  String describe() {
    return "active Datadog spans";
  }
}
