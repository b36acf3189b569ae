package dev.weftrace.greetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.receivers.GreetingTraces;
import dev.weftrace.receivers.OtlpExportingAppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The most common test of a Spring Boot 3 application: {@code @SpringBootTest} without
 * {@code @AutoConfigureObservability}, which turns tracing off. The application's OpenTelemetry
 * bean is still handed over, so its woven code answers as before, nothing is exported, and weftrace
 * warns about nothing. Runs in a JVM of its own with {@code weftrace.unrouted.delay.ms=300}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityOffQuietTest extends OtlpExportingAppTest {

  @Test
  void tracingTurnedOffByBootsTestSupportIsNoWarning(CapturedOutput output) throws Exception {
    GreetingTraces.greet(port, "ada", 2);
    Thread.sleep(1_500); // five times the delay

    assertThat(receiver.spans()).as("tracing is off in this test").isEmpty();
    assertThat(output.getAll()).doesNotContain("go nowhere");
  }
}
