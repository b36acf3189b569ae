package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.slf4j.LogCorrelation;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/** A running span whose ids are in the MDC ({@code weftrace.mdc=true}) until its scope closes. */
final class CorrelatedActiveSpan extends OtelActiveSpan {
  private final LogCorrelation logs;
  private final LogCorrelation.Previous previousLogIds;

  CorrelatedActiveSpan(
      Span span,
      Scope scope,
      Context before,
      LogCorrelation logs,
      LogCorrelation.Previous previousLogIds) {
    super(span, scope, before);
    this.logs = logs;
    this.previousLogIds = previousLogIds;
  }

  @Override
  void afterScope() {
    logs.restore(previousLogIds);
  }
}
