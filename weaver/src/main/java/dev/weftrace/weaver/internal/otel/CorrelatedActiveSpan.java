package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.Failures;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.slf4j.LogCorrelation;
import io.opentelemetry.api.trace.SpanBuilder;

/**
 * A woven call whose span ids are in the MDC ({@code weftrace.mdc=true}) until its scope closes.
 */
final class CorrelatedActiveSpan extends OtelActiveSpan {
  private final LogCorrelation logs;
  private LogCorrelation.Previous previousLogIds;

  CorrelatedActiveSpan(SpanBuilder builder, boolean recordLocalRoot, LogCorrelation logs) {
    super(builder, recordLocalRoot);
    this.logs = logs;
  }

  @Override
  void afterStart(MethodSpan method) {
    try {
      previousLogIds = logs.enter(span().getSpanContext());
    } catch (Throwable failure) {
      // The scope is open: failing here would leak it into the caller's context.
      Failures.report("log correlation of " + method.spanName(), failure);
    }
  }

  @Override
  void afterScope() {
    logs.restore(previousLogIds);
  }
}
