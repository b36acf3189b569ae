package dev.weftrace.weaver.internal.micrometer;

import dev.weftrace.weaver.internal.TracerRegistry;
import io.micrometer.tracing.Tracer;

/**
 * Hands weftrace a Micrometer Tracing {@link Tracer}: how spans reach Brave (Spring Boot's {@code
 * micrometer-tracing-bridge-brave}) or any other Micrometer bridge. Not public API: {@code
 * weftrace-spring-boot} calls it. Loaded only then, so Micrometer Tracing stays an optional
 * dependency of weftrace-weaver.
 */
public final class MicrometerTracers {

  private MicrometerTracers() {}

  /**
   * Registers {@code tracer} with the rules of {@link TracerRegistry#register(
   * io.opentelemetry.api.OpenTelemetry, String)}: the newest open registration is used.
   */
  public static TracerRegistry.Registration register(Tracer tracer, String framework) {
    return TracerRegistry.register(
        new MicrometerBridge(tracer), framework, "Micrometer " + tracer.getClass().getSimpleName());
  }
}
