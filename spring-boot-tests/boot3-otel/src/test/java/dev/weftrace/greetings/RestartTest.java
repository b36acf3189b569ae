package dev.weftrace.greetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.receivers.GreetingTraces;
import dev.weftrace.receivers.OtlpReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application run, closed and run again in one JVM, as tests and devtools restarts do: the
 * second run's spans go out through the second run's tracer, none through the first.
 */
@Timeout(120)
class RestartTest {

  @Test
  void aSecondRunExportsThroughItsOwnTracer() throws Exception {
    try (OtlpReceiver first = OtlpReceiver.start();
        OtlpReceiver second = OtlpReceiver.start()) {
      try (ConfigurableApplicationContext run = start(first)) {
        GreetingTraces.checkTwoRequests(port(run), first);
      }
      int exportedByTheFirstRun = first.spans().size();
      try (ConfigurableApplicationContext run = start(second)) {
        GreetingTraces.checkTwoRequests(port(run), second);
      }
      assertThat(first.spans()).hasSize(exportedByTheFirstRun);
    }
  }

  private static ConfigurableApplicationContext start(OtlpReceiver receiver) {
    return SpringApplication.run(
        GreetingApplication.class,
        "--server.port=0",
        "--management.otlp.tracing.endpoint=" + receiver.tracesUrl());
  }

  private static int port(ConfigurableApplicationContext run) {
    return run.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }
}
