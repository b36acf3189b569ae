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
 * started}, the running span, the scope that made it current (with the local-root record, if this
 * span made one) and the caller's context; then it takes result tags as attributes on the span.
 *
 * <p>Four references and a flag, 32 bytes with compressed references: a builder adapter, a span
 * holder and a lambda joining two scopes took 40 bytes, 64 on a span that records the local root.
 * The fields are not final: the object is made before the span exists. It is confined to the
 * calling thread until the advice hands it to an async completion callback, which the future's own
 * completion orders after {@link #start}.
 */
class OtelActiveSpan extends BoundedTagSink implements SpanOpening, ActiveSpan {
  private SpanBuilder builder;
  private final boolean recordLocalRoot;
  private Span span;
  private Scope scope;
  private Context before;

  /**
   * @param recordLocalRoot whether weftrace keeps its own local-root record ({@link LocalRoots}):
   *     not under the Datadog agent, which knows the local root itself
   */
  OtelActiveSpan(SpanBuilder builder, boolean recordLocalRoot) {
    this.builder = builder;
    this.recordLocalRoot = recordLocalRoot;
  }

  /**
   * Starts the span in the current context and makes it current, with the local-root record if
   * asked to and the context has none for this trace (see {@link LocalRoots#makeCurrent}). If that
   * fails, ends the span, restores the context and throws: the advice never sees a span it would
   * not end.
   */
  @Override
  public final ActiveSpan start(MethodSpan method) {
    Context caller = Context.current();
    Span started = builder.startSpan();
    builder = null;
    scope = makeCurrent(caller, started, recordLocalRoot);
    span = started;
    before = caller;
    afterStart(method);
    return this;
  }

  /**
   * The scope of {@code started}, made current in {@code caller} (see {@link #start}). Static, and
   * {@link #start} and {@link #finish} small, so that the JIT can inline them into the woven method
   * and keep this object off the heap there.
   */
  private static Scope makeCurrent(Context caller, Span started, boolean recordLocalRoot) {
    try {
      return recordLocalRoot ? LocalRoots.makeCurrent(caller, started) : started.makeCurrent();
    } catch (Throwable failure) {
      ContextRepair.restore(caller);
      endQuietly(started);
      throw failure;
    }
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
    if (thrown == null) {
      span.end();
    } else {
      endFailed(span, thrown, error);
    }
  }

  /** Ends a span whose call threw {@code thrown}: status, then the exception, then the end. */
  private static void endFailed(Span span, Throwable thrown, boolean error) {
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
      span.recordException(thrown);
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
