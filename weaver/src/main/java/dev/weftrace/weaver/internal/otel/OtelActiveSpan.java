package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.ActiveSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * A running span of the OpenTelemetry bridge and the scope that made it current; takes result tags
 * as attributes. Three fields and nothing else, since one is made per call: 24 bytes with
 * compressed references.
 */
class OtelActiveSpan extends SpanTagSink implements ActiveSpan {
  private final Scope scope;
  private final Context before;

  OtelActiveSpan(Span span, Scope scope, Context before) {
    super(span);
    this.scope = scope;
    this.before = before;
  }

  @Override
  public void closeScope() {
    try {
      scope.close();
    } finally {
      // Whatever happened to this scope or a nested one (a StackOverflowError deep in traced
      // recursion can leave no stack to close it with, a broken backend can throw from close,
      // and OpenTelemetry then ignores every outer close), the caller's context comes back.
      ContextRepair.restore(before);
      afterScope();
    }
  }

  /** Runs after the caller's context is back, even if closing the scope failed. */
  void afterScope() {}

  @Override
  public void finish(Throwable thrown, boolean error) {
    try {
      if (error) {
        // Status first: a later status without description would erase Datadog's error.message.
        String message = thrown.getMessage();
        if (message != null) {
          span.setStatus(StatusCode.ERROR, message);
        } else {
          span.setStatus(StatusCode.ERROR);
        }
      }
      if (thrown != null) {
        span.recordException(thrown);
      }
    } finally {
      span.end(); // even when recording failed: an unended span is lost
    }
  }
}
