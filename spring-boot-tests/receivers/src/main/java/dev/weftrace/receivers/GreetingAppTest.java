package dev.weftrace.receivers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test every application of spring-boot-tests runs as Spring Boot's test support starts it:
 * two requests over HTTP, each one trace of three spans (see {@link GreetingTraces}). A subclass
 * adds what its setup needs: {@code @SpringBootTest} on a random port, and the annotation that
 * turns tracing on in Boot's tests.
 */
@Timeout(120)
public abstract class GreetingAppTest {

  /** Where the application under test must export its spans, over OTLP/HTTP. */
  protected static final OtlpReceiver receiver = OtlpReceiver.startUnchecked();

  @Value("${local.server.port}")
  int port;

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

  @Test
  void eachRequestIsOneTraceFromTheServerSpanThroughBothTracedMethods() throws Exception {
    GreetingTraces.checkTwoRequests(port, receiver);
  }
}
