package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application that registers its SDK a little after its first traced calls (as one that traces
 * calls made while its context starts) gets no false alarm. Runs alone in a JVM with {@code
 * weftrace.unrouted.delay.ms=1500} and no {@link SpanCapture}.
 */
class UnroutedSpansLateRegistrationTest {

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
  void sdkRegisteredWithinTheDelayMeansNoWarning() throws InterruptedException {
    Greeter greeter = new Greeter();
    greeter.greet("before the SDK", 1);

    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    GlobalOpenTelemetry.set(
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build());
    greeter.greet("after the SDK", 1);
    Thread.sleep(2_500); // past the delay: the check has run by now

    assertThat(exporter.getFinishedSpanItems())
        .extracting(SpanData::getName)
        .containsExactly("inner.op", "Greeter.greet");
    assertThat(LogCapture.warnings(LOGS, "go nowhere")).isEmpty();
  }
}
