package dev.weftrace.weaver.internal.otel;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The local root that OpenTelemetry's instrumentation API keeps in the context for the spans its
 * {@code Instrumenter}s make (the OpenTelemetry Spring Boot starter's server spans, for one):
 * {@code io.opentelemetry.instrumentation.api.instrumenter.LocalRootSpan.fromContextOrNull}. Read
 * by reflection, and only when that class is visible to weftrace, so that it adds no dependency.
 */
final class InstrumentationLocalRoot {

  static final String CLASS = "io.opentelemetry.instrumentation.api.instrumenter.LocalRootSpan";

  /** {@code fromContextOrNull(Context)}, or {@code null} without the instrumentation API. */
  private static final MethodHandle FROM_CONTEXT = find();

  private InstrumentationLocalRoot() {}

  /** Whether the instrumentation API is there to ask. */
  static boolean available() {
    return FROM_CONTEXT != null;
  }

  /** Its local root in {@code context}, or {@code null} if none (or no instrumentation API). */
  static Span of(Context context) throws Throwable {
    return FROM_CONTEXT == null ? null : (Span) FROM_CONTEXT.invokeExact(context);
  }

  /** {@link #of}, or {@code null} if asking failed. Never throws. */
  static Span ofQuietly(Context context) {
    try {
      return of(context);
    } catch (Throwable failure) {
      return null;
    }
  }

  private static MethodHandle find() {
    try {
      // Through weftrace's own loader: the class must share weftrace's Context and Span types.
      Class<?> type = Class.forName(CLASS, false, InstrumentationLocalRoot.class.getClassLoader());
      return MethodHandles.publicLookup()
          .findStatic(type, "fromContextOrNull", MethodType.methodType(Span.class, Context.class));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
      return null; // not on the class path, or an API weftrace does not know
    }
  }
}
