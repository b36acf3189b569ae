package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application that has an OpenTelemetry SDK but never registers it (nor hands it over) is told
 * so once, with the fix. Runs alone in a JVM with {@code weftrace.unrouted.delay.ms=300} and no
 * {@link SpanCapture} (see this module's surefire executions).
 */
class UnroutedSpansWarningTest {

  private static final List<LogRecord> LOGS = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE = LogCapture.into(LOGS);

  @BeforeAll
  static void capture() {
    Logger.getLogger("dev.weftrace").addHandler(CAPTURE);
  }

  @AfterAll
  static void release() {
    Logger.getLogger("dev.weftrace").removeHandler(CAPTURE);
  }

  @Test
  void spansThatGoNowhereGetOneWarningNamingTheFix() throws InterruptedException {
    Greeter greeter = new Greeter();

    assertThat(greeter.greet("Ada", 2)).isEqualTo("hi Adahi Ada");
    List<LogRecord> warnings = LogCapture.awaitWarnings(LOGS, "go nowhere", Duration.ofSeconds(10));
    for (int i = 0; i < 100; i++) {
      greeter.greet("again", 1);
    }
    Thread.sleep(600);

    assertThat(LogCapture.warnings(LOGS, "go nowhere")).hasSize(1);
    assertThat(warnings.get(0).getMessage())
        .contains("an OpenTelemetry SDK is on the class path, but none is registered")
        .contains("buildAndRegisterGlobal()")
        .contains("Weftrace.useOpenTelemetry(sdk)");
    assertThat(warnings.get(0).getLevel()).isEqualTo(Level.WARNING);
  }
}
