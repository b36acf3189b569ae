package dev.weftrace.spring.boot;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Hands the application's tracer to weftrace, so that woven {@code @Trace} methods make their spans
 * with it: the {@code io.opentelemetry.api.OpenTelemetry} bean (from Spring Boot's Micrometer
 * Tracing OpenTelemetry bridge or OpenTelemetry's {@code opentelemetry-spring-boot-starter}), or,
 * without one, a Micrometer Tracing {@code io.micrometer.tracing.Tracer} bean (the Brave bridge).
 *
 * <p>The tracer is handed over as soon as its bean is initialized, so traced calls made while the
 * context starts are traced from then on, and taken back when the context closes, so a context
 * started again (tests, devtools restarts) hands over its new tracer. When several contexts are
 * open at once, the one that handed over last is used. Spring Boot, OpenTelemetry and Micrometer
 * Tracing are the application's own: a tracing API missing from the class path is left alone.
 *
 * <p>Registered in {@code
 * META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, where Spring
 * Boot 3 and 4 find auto-configurations; nothing to configure.
 */
@AutoConfiguration
public class WeftraceAutoConfiguration {

  /** Static, so that the handover exists before any other bean is created. */
  @Bean
  static BeanPostProcessor weftraceTracerHandover() {
    return new TracerHandover();
  }
}
