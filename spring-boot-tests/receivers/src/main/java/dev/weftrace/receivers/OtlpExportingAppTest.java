package dev.weftrace.receivers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot test application, started by Spring's test support on a random port, that exports
 * its spans over OTLP/HTTP to {@link #receiver}. Subclasses add {@code @SpringBootTest} on a random
 * port, the annotation that turns tracing on in Boot's tests, and their tests. The receiver is
 * static and closed after the class: one such test class per JVM (each module's surefire executions
 * see to it).
 */
@Timeout(120)
public abstract class OtlpExportingAppTest {

  /** Where the application under test must export its spans, over OTLP/HTTP. */
  protected static final OtlpReceiver receiver = OtlpReceiver.startUnchecked();

  /** The application's HTTP port. */
  @Value("${local.server.port}")
  protected int port;

  /**
   * The receiver as OTLP endpoint under each setup's property; each application reads its own:
   * Spring Boot 3 (full URL), Spring Boot 4 (full URL), OpenTelemetry's starter (base URL).
   */
  @DynamicPropertySource
  static void exportToTheReceiver(DynamicPropertyRegistry properties) {
    properties.add("management.otlp.tracing.endpoint", receiver::tracesUrl);
    properties.add("management.opentelemetry.tracing.export.otlp.endpoint", receiver::tracesUrl);
    properties.add("otel.exporter.otlp.endpoint", receiver::endpoint);
  }

  @AfterAll
  static void stopTheReceiver() {
    receiver.close();
  }
}
