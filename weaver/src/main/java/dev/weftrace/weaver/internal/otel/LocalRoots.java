package dev.weftrace.weaver.internal.otel;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;

/**
 * weftrace's own local root on the OpenTelemetry API: the outermost weftrace span of the trace in
 * this process, kept in the {@link Context} under weftrace's key, so that it follows the context
 * wherever the application or its instrumentation carries it (other threads included).
 *
 * <p>A span weftrace starts becomes the local root when the context it starts in has none for its
 * trace: it has no parent, a remote parent, {@code noParent}, or a local parent that weftrace did
 * not start (such as a framework's request span, whose own instrumentation may know better).
 */
final class LocalRoots {

  static final ContextKey<Span> KEY = ContextKey.named("dev.weftrace.local-root");

  private LocalRoots() {}

  /**
   * Records {@code span}, just started in {@code before}, as the local root if {@code before} has
   * none for its trace: returns the scope of that record, to close after the span's own, or {@code
   * null} when the span is not a local root. The span is still made current by its own {@code
   * makeCurrent()}, which a backend may implement its own way.
   */
  static Scope enter(Context before, Span span) {
    Span root = before.get(KEY);
    return root != null && sameTrace(root, span) ? null : before.with(KEY, span).makeCurrent();
  }

  /** The local root recorded in {@code context} for the trace of its current span, or null. */
  static Span of(Context context) {
    Span root = context.get(KEY);
    return root != null && sameTrace(root, Span.fromContext(context)) ? root : null;
  }

  /** The SDK gives a child its parent's very trace id string: mostly an identity comparison. */
  static boolean sameTrace(Span a, Span b) {
    return a.getSpanContext().getTraceId().equals(b.getSpanContext().getTraceId());
  }

  /** The span's scope, then the record's: one scope for {@link OtelActiveSpan}. */
  static Scope both(Scope spanScope, Scope rootScope) {
    return () -> {
      try {
        spanScope.close();
      } finally {
        rootScope.close();
      }
    };
  }
}
