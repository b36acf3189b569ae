package dev.weftrace.weaver.internal.otel;

import io.opentelemetry.context.ImplicitContextKeyed;

/**
 * Whether a span class makes itself current the way OpenTelemetry's default {@code makeCurrent()}
 * does ({@code Context.current().with(span).makeCurrent()}), as the SDK's spans do: then weftrace
 * may put its local-root record in the same context. A class that overrides it (the Datadog agent's
 * shim, a wrapper of the application's) is always made current through its own method. Asked once
 * per class.
 */
final class DefaultMakeCurrent {

  private static final ClassValue<Boolean> DEFAULT =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          try {
            return type.getMethod("makeCurrent").getDeclaringClass() == ImplicitContextKeyed.class;
          } catch (NoSuchMethodException | RuntimeException | LinkageError unknown) {
            return false; // the safe answer: the span's own method
          }
        }
      };

  private DefaultMakeCurrent() {}

  /** Whether {@code span}'s class keeps OpenTelemetry's default {@code makeCurrent()}. */
  static boolean of(Object span) {
    return DEFAULT.get(span.getClass());
  }
}
