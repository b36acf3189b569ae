package dev.weftrace.weaver;

import dev.weftrace.weaver.internal.KillSwitch;
import dev.weftrace.weaver.internal.Tracing;
import dev.weftrace.weaver.internal.check.WeavingCheck;
import io.opentelemetry.api.OpenTelemetry;
import java.util.List;

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
   * Fails unless every class with {@code @Trace} methods that the current thread's class loader can
   * see was woven: one line for a test that guards the build setup, such as {@code @Test void
   * tracingIsWoven() { Weftrace.assertWoven(); }}.
   *
   * @throws IllegalStateException naming the classes that were compiled but not woven and the
   *     plugin setup to add, or saying that weftrace-processor did not run at all
   */
  public static void assertWoven() {
    List<String> unwoven = unwovenClasses(contextClassLoader());
    if (!unwoven.isEmpty()) {
      throw new IllegalStateException(WeavingCheck.describe(unwoven));
    }
  }

  /**
   * The classes with {@code @Trace} methods that {@code loader} sees, as listed by
   * weftrace-processor, whose class files were not woven. weftrace also checks this by itself on
   * the first traced call and logs one error naming them.
   *
   * @throws IllegalStateException if {@code loader} sees no list at all: the processor never ran
   */
  public static List<String> unwovenClasses(ClassLoader loader) {
    return WeavingCheck.unwovenClasses(loader);
  }

  private static ClassLoader contextClassLoader() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return loader != null ? loader : Weftrace.class.getClassLoader();
  }

  /**
   * Makes traced methods use {@code openTelemetry} instead of {@link
   * io.opentelemetry.api.GlobalOpenTelemetry}, from the next call on: the way to hand weftrace an
   * SDK that is not registered globally (one built with {@code build()}, or a framework's own). It
   * also wins over the tracer {@code weftrace-spring-boot} finds in a Spring application. Pass
   * {@code null} to go back to that, or to the global instance (the default).
   */
  public static void useOpenTelemetry(OpenTelemetry openTelemetry) {
    Tracing.useOpenTelemetry(openTelemetry);
  }
}
