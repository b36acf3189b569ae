package dev.weftrace.greetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.receivers.GreetingTraces;
import dev.weftrace.receivers.OtlpExportingAppTest;
import dev.weftrace.receivers.ReceivedSpan;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A Spring Boot application with tracing set up but without weftrace-spring-boot: its traced
 * methods still run and answer as before, their spans go nowhere (Spring Boot registers no
 * GlobalOpenTelemetry), and weftrace says so in one WARNING that names the missing dependency.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class UnregisteredTracerWarningTest extends OtlpExportingAppTest {

  private static final Pattern WARNING =
      Pattern.compile("WARN.*weftrace: traced methods ran, but their spans go nowhere[^\\n]*");

  @Test
  void tracedCallsWorkTheirSpansGoNowhereAndOneWarningSaysToAddWeftraceSpringBoot(
      CapturedOutput output) throws Exception {
    GreetingTraces.greet(port, "ada", 2);

    List<ReceivedSpan> spans = GreetingTraces.awaitRequests(receiver, 1);
    assertThat(spans).as("Spring's own spans still go out").isNotEmpty();
    assertThat(spans).extracting(ReceivedSpan::scope).doesNotContain("dev.weftrace");

    String warning = awaitWarning(output);
    assertThat(warning)
        .contains("Spring Boot does not register its OpenTelemetry globally")
        .contains("dev.weftrace:weftrace-spring-boot");

    for (int i = 0; i < 20; i++) {
      GreetingTraces.greet(port, "grace", 1);
    }
    Thread.sleep(1_000);
    assertThat(WARNING.matcher(output.getAll()).results().count()).as("said once").isEqualTo(1);
  }

  private static String awaitWarning(CapturedOutput output) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < deadline) {
      Matcher found = WARNING.matcher(output.getAll());
      if (found.find()) {
        return found.group();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no weftrace warning in the output:\n" + output.getAll());
  }
}
