package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.Failures;
import io.opentelemetry.context.Context;

/**
 * Puts a context back as current when the normal way, closing scopes in order, did not.
 * OpenTelemetry ignores {@code Scope.close()} unless that scope is the current one, so one scope
 * left open (by a {@code StackOverflowError}, or a backend that throws) would otherwise keep a dead
 * span current on the thread for good.
 */
final class ContextRepair {

  private ContextRepair() {}

  /** Makes {@code expected} current again if it is not. Never throws. */
  static void restore(Context expected) {
    try {
      if (Context.current() != expected) {
        expected.makeCurrent(); // the scope is dropped: nothing is left to restore after it
      }
    } catch (Throwable failure) {
      Failures.report("context repair", failure);
    }
  }
}
