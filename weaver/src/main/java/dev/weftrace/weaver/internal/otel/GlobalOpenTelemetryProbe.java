package dev.weftrace.weaver.internal.otel;

import io.opentelemetry.api.GlobalOpenTelemetry;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.Objects;

/**
 * Tells whether the application has registered a {@link GlobalOpenTelemetry}, on every API version
 * applications pin (Spring Boot 3.3 pins 1.37), without calling {@link GlobalOpenTelemetry#get()}:
 * that would register a no-op for good and make the application's own later {@code set} fail.
 *
 * <p>{@code GlobalOpenTelemetry.isSet()} exists only from API 1.57. On older versions the probe
 * reads the class's private static field instead, which holds {@code null} until something is
 * registered (the same field from 1.0 to 1.56). Both ways end up as one constant {@link
 * MethodHandle} the JIT inlines, so asking costs a field read.
 */
public final class GlobalOpenTelemetryProbe {

  /** {@code isSet()}, else a read of the field; {@code null} when neither can be had. */
  private static final MethodHandle IS_SET = find();

  private GlobalOpenTelemetryProbe() {}

  /**
   * Whether the probe works on this API version. If not, weftrace cannot see a global registration
   * and uses only an instance handed over with {@code Weftrace.useOpenTelemetry}.
   */
  public static boolean available() {
    return IS_SET != null;
  }

  /** Whether a global OpenTelemetry is registered; {@code false} if the probe is unavailable. */
  static boolean isSet() {
    if (IS_SET == null) {
      return false;
    }
    try {
      return (boolean) IS_SET.invokeExact();
    } catch (Throwable unexpected) {
      return false;
    }
  }

  private static MethodHandle find() {
    MethodHandle isSet = isSetMethod();
    return isSet != null ? isSet : globalField();
  }

  private static MethodHandle isSetMethod() {
    try {
      return MethodHandles.publicLookup()
          .findStatic(GlobalOpenTelemetry.class, "isSet", MethodType.methodType(boolean.class));
    } catch (NoSuchMethodException | IllegalAccessException | LinkageError absent) {
      return null;
    }
  }

  private static MethodHandle globalField() {
    try {
      Field field = GlobalOpenTelemetry.class.getDeclaredField("globalOpenTelemetry");
      MethodHandle getter =
          MethodHandles.privateLookupIn(GlobalOpenTelemetry.class, MethodHandles.lookup())
              .unreflectGetter(field)
              .asType(MethodType.methodType(Object.class));
      MethodHandle nonNull =
          MethodHandles.lookup()
              .findStatic(
                  Objects.class, "nonNull", MethodType.methodType(boolean.class, Object.class));
      return MethodHandles.filterReturnValue(getter, nonNull);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
      // A named module that does not open the package, or a field renamed: not knowable.
      return null;
    }
  }
}
