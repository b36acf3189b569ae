package dev.weftrace.greetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.receivers.GreetingTraces;
import dev.weftrace.receivers.OtlpExportingAppTest;
import dev.weftrace.receivers.ReceivedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Traced calls made before the application's tracer exists (here before the context starts, as code
 * in {@code main} before {@code SpringApplication.run} would) go nowhere; weftrace-spring-boot then
 * hands the OpenTelemetry bean over, and weftrace raises no false alarm about those early calls.
 * Runs in a JVM of its own with the check's default delay (see the module's surefire executions),
 * and looks after the check has run.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "logging.level.dev.weftrace=DEBUG")
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class StartupCallsQuietTest extends OtlpExportingAppTest {

  private static final long FIRST_CALL = System.nanoTime();

  static {
    new GreetingService().greet("startup", 1); // no tracer yet: the span goes nowhere
  }

  @Test
  void earlyCallsBeforeTheTracerAreNoFalseAlarm(CapturedOutput output) throws Exception {
    GreetingTraces.checkTwoRequests(port, receiver);
    // The check runs 5 s after the first call that found no tracer; look a second after that.
    long sinceFirstCall = (System.nanoTime() - FIRST_CALL) / 1_000_000;
    Thread.sleep(Math.max(0, 6_000 - sinceFirstCall));

    assertThat(receiver.spans()).extracting(ReceivedSpan::scope).contains("dev.weftrace");
    assertThat(receiver.spans())
        .as("the startup call came before the tracer, so its span went nowhere")
        .noneMatch(span -> span.attributes().toString().contains("startup"));
    assertThat(output.getAll()).doesNotContain("go nowhere").doesNotContain("no tracer");
  }
}
