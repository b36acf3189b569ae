package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExplicitOpenTelemetryTest {

  @RegisterExtension final SpanCapture global = new SpanCapture();

  @Test
  void instanceHandedOverInCodeReplacesTheGlobalOneUntilReset() {
    InMemorySpanExporter own = InMemorySpanExporter.create();
    try (OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(own))
                    .build())
            .build()) {
      Weftrace.useOpenTelemetry(sdk);
      new Shapes().publicMethod();

      assertThat(own.getFinishedSpanItems())
          .extracting(s -> s.getName())
          .containsExactly("Shapes.publicMethod");
      assertThat(global.spans()).isEmpty();

      Weftrace.useOpenTelemetry(null);
      new Shapes().publicMethod();

      assertThat(own.getFinishedSpanItems()).hasSize(1);
      assertThat(global.names()).containsExactly("Shapes.publicMethod");
    } finally {
      Weftrace.useOpenTelemetry(null);
    }
  }
}
