package dev.weftrace.weaver.internal.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenTelemetrySourceTest {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .build();

  @BeforeEach
  @AfterEach
  void resetGlobal() {
    GlobalOpenTelemetry.resetForTest();
  }

  @Test
  void beforeAnyRegistrationSpansAreNoOpsAndTheGlobalStaysUnset() {
    OpenTelemetrySource source = new OpenTelemetrySource.Global(false);

    Span span = source.tracer().spanBuilder("early").startSpan();

    assertThat(span.getSpanContext().isValid()).isFalse();
    assertThat(GlobalOpenTelemetry.isSet()).as("weftrace must not register a no-op").isFalse();
  }

  @Test
  void sdkRegisteredAfterTheFirstCallIsPickedUp() {
    OpenTelemetrySource source = new OpenTelemetrySource.Global(false);
    source.tracer().spanBuilder("early").startSpan().end();

    GlobalOpenTelemetry.set(sdk);
    source.tracer().spanBuilder("late").startSpan().end();

    assertThat(exporter.getFinishedSpanItems())
        .extracting(s -> s.getName())
        .containsExactly("late");
  }

  @Test
  void spansCarryTheWeftraceInstrumentationScope() {
    OpenTelemetrySource source = OpenTelemetrySource.of(sdk);

    source.tracer().spanBuilder("scoped").startSpan().end();

    assertThat(exporter.getFinishedSpanItems().get(0).getInstrumentationScopeInfo().getName())
        .isEqualTo("dev.weftrace");
  }
}
