package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An application that registers its SDK a little after its first traced calls (as one that traces
 * calls made while its context starts) gets no false alarm. Runs alone in a JVM with {@code
 * weftrace.unrouted.delay.ms=1500} and no {@link SpanCapture}.
 */
class UnroutedSpansLateRegistrationTest {

  @RegisterExtension static final LogCapture logs = new LogCapture();

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
    assertThat(logs.warnings("go nowhere")).isEmpty();
  }
}
