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
 * <p>It is recorded when weftrace starts a span in a context that has none for the span's trace,
 * neither weftrace's nor the instrumentation API's (which {@link OpenTelemetryBridge#localRoot}
 * prefers, so a record beside it would never be read):
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
   * Makes {@code span}, just started in {@code before}, current, and records the local root for it
   * if no record in {@code before} applies to its trace (weftrace's own, or the instrumentation
   * API's: {@link InstrumentationLocalRoot}). Returns the one scope to close for both.
   *
   * <p>The span is made current the way its own {@code makeCurrent()} does, which a backend may
   * implement its own way. Where it does not override OpenTelemetry's default (the SDK's spans),
   * the record and the span share that default's one context and scope; else the record gets its
   * own context under the span's.
   */
  static Scope makeCurrent(Context before, Span span) {
    Span root = rootToRecord(before, span);
    if (root == null) {
      return span.makeCurrent();
    }
    Context recorded = before.with(KEY, root);
    if (DefaultMakeCurrent.of(span)) {
      return recorded.with(span).makeCurrent();
    }
    Scope recordScope = recorded.makeCurrent();
    Scope spanScope;
    try {
      spanScope = span.makeCurrent();
    } catch (Throwable failure) {
      recordScope.close();
      throw failure;
    }
    return () -> {
      try {
        spanScope.close();
      } finally {
        recordScope.close();
      }
    };
  }

  /**
   * The local root to record for {@code span}, just started in {@code before}; {@code null} when a
   * record in {@code before} already applies to its trace.
   */
  private static Span rootToRecord(Context before, Span span) {
    Span recorded = before.get(KEY);
    if (recorded != null && sameTrace(recorded, span)) {
      return null;
    }
    Span instrumented = InstrumentationLocalRoot.ofQuietly(before);
    if (instrumented != null && sameTrace(instrumented, span)) {
      return null; // the bridge's localRoot() takes the instrumentation API's first
    }
    Span parent = Span.fromContext(before);
    SpanContext parentContext = parent.getSpanContext();
    boolean foreignParent =
        parentContext.isValid() && !parentContext.isRemote() && sameTrace(parent, span);
    return foreignParent ? parent : span;
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
