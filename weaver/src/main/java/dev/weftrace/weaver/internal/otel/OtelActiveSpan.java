package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.BoundedTagSink;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.SpanOpening;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * One woven call on the OpenTelemetry bridge, and the only object the bridge makes for it: first
 * the sink of the span's start tags, as attributes on the span builder; once {@link #start
 * started}, the running span, the scope that made it current, the scope of the local-root record if
 * this span made one, and the caller's context; then it takes result tags as attributes on the
 * span.
 *
 * <p>Five references, 32 bytes with compressed references: a builder adapter, a span holder and a
 * lambda joining the two scopes took 40 bytes, 64 on a span that records the local root. The fields
 * are not final: the object is made before the span exists. It is confined to the calling thread
 * until the advice hands it to an async completion callback, which the future's own completion
 * orders after {@link #start}.
 */
class OtelActiveSpan extends BoundedTagSink implements SpanOpening, ActiveSpan {
  private SpanBuilder builder;
  private Span span;
  private Scope scope;
  private Scope rootScope;
  private Context before;

  OtelActiveSpan(SpanBuilder builder) {
    this.builder = builder;
  }

  /**
   * Starts the span in {@code before}, records the local root if {@code recordLocalRoot} and the
   * context has none for this trace ({@link LocalRoots#enter}), and makes the span current with its
   * own {@code makeCurrent()}, which a backend may implement its own way. If that fails, ends the
   * span, restores {@code before} and throws: the advice never sees a span it would not end.
   */
  final void start(Context before, boolean recordLocalRoot) {
    Span started = builder.startSpan();
    builder = null;
    try {
      rootScope = recordLocalRoot ? LocalRoots.enter(before, started) : null;
      scope = started.makeCurrent();
    } catch (Throwable failure) {
      ContextRepair.restore(before);
      endQuietly(started);
      throw failure;
    }
    this.span = started;
    this.before = before;
  }

  /** Runs once the span is current: nothing here; log correlation in a subclass. */
  void afterStart(MethodSpan method) {}

  /** The started span. */
  final Span span() {
    return span;
  }

  @Override
  protected void putBoundedString(String key, String value) {
    if (span != null) {
      span.setAttribute(AttributeKeys.SHARED.string(key), value);
    } else {
      builder.setAttribute(AttributeKeys.SHARED.string(key), value);
    }
  }

  @Override
  public void putLong(String key, long value) {
    if (span != null) {
      span.setAttribute(AttributeKeys.SHARED.longKey(key), value);
    } else {
      builder.setAttribute(AttributeKeys.SHARED.longKey(key), value);
    }
  }

  @Override
  public void putDouble(String key, double value) {
    if (span != null) {
      span.setAttribute(AttributeKeys.SHARED.doubleKey(key), value);
    } else {
      builder.setAttribute(AttributeKeys.SHARED.doubleKey(key), value);
    }
  }

  @Override
  public void putBoolean(String key, boolean value) {
    if (span != null) {
      span.setAttribute(AttributeKeys.SHARED.booleanKey(key), value);
    } else {
      builder.setAttribute(AttributeKeys.SHARED.booleanKey(key), value);
    }
  }

  @Override
  public void closeScope() {
    try {
      try {
        scope.close();
      } finally {
        if (rootScope != null) {
          rootScope.close();
        }
      }
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

  private static void endQuietly(Span span) {
    try {
      span.end();
    } catch (Throwable ignored) {
      // Already failing: the caller reports it.
    }
  }
}
