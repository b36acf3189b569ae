package dev.weftrace.weaver;

import dev.weftrace.weaver.internal.KillSwitch;
import dev.weftrace.weaver.internal.Tracing;
import io.opentelemetry.api.OpenTelemetry;

/**
 * The few settings of the weftrace runtime that code may change. Everything else is decided at
 * build time by the annotations.
 */
public final class Weftrace {

  private Weftrace() {}

  /**
   * Whether woven methods create spans in this JVM. {@code false} when the JVM was started with
   * {@code -Dweftrace.enabled=false} or, without that property, with the environment variable
   * {@code WEFTRACE_ENABLED=false}; read once, at the first traced call, and fixed from then on.
   */
  public static boolean isEnabled() {
    return KillSwitch.ENABLED;
  }

  /**
   * Makes traced methods use {@code openTelemetry} instead of {@link
   * io.opentelemetry.api.GlobalOpenTelemetry}, from the next call on. Pass {@code null} to go back
   * to the global instance (the default).
   */
  public static void useOpenTelemetry(OpenTelemetry openTelemetry) {
    Tracing.useOpenTelemetry(openTelemetry);
  }
}
