package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An application that has an OpenTelemetry SDK but never registers it (nor hands it over) is told
 * so once, with the fix. Runs alone in a JVM with {@code weftrace.unrouted.delay.ms=300} and no
 * {@link SpanCapture} (see this module's surefire executions).
 */
class UnroutedSpansWarningTest {

  @RegisterExtension static final LogCapture logs = new LogCapture();

  @Test
  void spansThatGoNowhereGetOneWarningNamingTheFix() throws InterruptedException {
    Greeter greeter = new Greeter();

    assertThat(greeter.greet("Ada", 2)).isEqualTo("hi Adahi Ada");
    List<LogRecord> warnings = logs.awaitWarnings("go nowhere", Duration.ofSeconds(10));
    for (int i = 0; i < 100; i++) {
      greeter.greet("again", 1);
    }
    Thread.sleep(600);

    assertThat(logs.warnings("go nowhere")).hasSize(1);
    assertThat(warnings.get(0).getMessage())
        .contains("an OpenTelemetry SDK is on the class path, but none is registered")
        .contains("buildAndRegisterGlobal()")
        .contains("Weftrace.useOpenTelemetry(sdk)");
    assertThat(warnings.get(0).getLevel()).isEqualTo(Level.WARNING);
  }
}
