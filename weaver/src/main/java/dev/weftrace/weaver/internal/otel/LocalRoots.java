package dev.weftrace.weaver.internal.otel;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;

/**
 * weftrace's own local root on the OpenTelemetry API, for contexts where no instrumentation keeps
 * one ({@link InstrumentationLocalRoot} does): the outermost span of the trace in this process that
 * weftrace can see, kept in the {@link Context} under weftrace's key so that it follows the context
 * wherever the application or its instrumentation carries it (other threads included).
 *
 * <p>It is recorded when weftrace starts a span in a context that has none for the span's trace:
 *
 * <ul>
 *   <li>under a local span weftrace did not start (a framework's request span, made by Spring's
 *       observation support or by hand), that span: it was current when weftrace first saw the
 *       trace, so it is, or is below, the request's own span;
 *   <li>with no parent, a remote parent or {@code noParent}, weftrace's new span itself.
 * </ul>
 *
 * <p>Where nothing is recorded for the current span's trace (a {@code @TagSpan} method or {@code
 * SpanTags} called under a span weftrace did not start), the current span is the local root by the
 * same rule.
 */
final class LocalRoots {

  static final ContextKey<Span> KEY = ContextKey.named("dev.weftrace.local-root");

  private LocalRoots() {}

  /**
   * Records the local root for {@code span}, just started in {@code before}, if {@code before} has
   * none for its trace: returns the scope of that record, to close after the span's own, or {@code
   * null} when one is recorded already. The span is still made current by its own {@code
   * makeCurrent()}, which a backend may implement its own way.
   */
  static Scope enter(Context before, Span span) {
    Span recorded = before.get(KEY);
    if (recorded != null && sameTrace(recorded, span)) {
      return null;
    }
    Span parent = Span.fromContext(before);
    SpanContext parentContext = parent.getSpanContext();
    boolean foreignParent =
        parentContext.isValid() && !parentContext.isRemote() && sameTrace(parent, span);
    return before.with(KEY, foreignParent ? parent : span).makeCurrent();
  }

  /**
   * The local root recorded in {@code context} for the trace of its current span, else that current
   * span (invalid if there is none).
   */
  static Span of(Context context) {
    Span current = Span.fromContext(context);
    Span recorded = context.get(KEY);
    return recorded != null && sameTrace(recorded, current) ? recorded : current;
  }

  /** The SDK gives a child its parent's very trace id string: mostly an identity comparison. */
  static boolean sameTrace(Span a, Span b) {
    return a.getSpanContext().getTraceId().equals(b.getSpanContext().getTraceId());
  }
}
