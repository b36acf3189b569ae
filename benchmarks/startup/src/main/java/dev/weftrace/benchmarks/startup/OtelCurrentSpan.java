package dev.weftrace.benchmarks.startup;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * Reads the current span through the OpenTelemetry API: the span weftrace made current (on the
 * SDK), or, under the OpenTelemetry Java agent, the agent's span, which the agent shows to the
 * application's copy of the API.
 */
final class OtelCurrentSpan extends NestingProbe {

  @Override
  SpanIds current() {
    Span span = Span.current();
    SpanContext context = span.getSpanContext();
    return new SpanIds(
        context.getTraceId(), context.getSpanId(), span.isRecording() && context.isValid());
  }

  @Override
  String describe() {
    return "recording OpenTelemetry spans";
  }
}
