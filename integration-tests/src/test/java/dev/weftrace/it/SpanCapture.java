package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registers a real OpenTelemetry SDK as {@link GlobalOpenTelemetry} once per JVM, as an
 * application's {@code main} would, and clears its in-memory exporter before each test.
 */
final class SpanCapture implements BeforeEachCallback {

  private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

  static {
    GlobalOpenTelemetry.set(
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(EXPORTER))
                    .build())
            .build());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Weftrace.useOpenTelemetry(null);
    EXPORTER.reset();
  }

  /** Every span ended since the test started, in the order they ended. */
  List<SpanData> spans() {
    return EXPORTER.getFinishedSpanItems();
  }

  /**
   * The attributes of {@code span} as a plain {@link Attributes} value, comparable with {@code
   * equals} (the SDK's own map type is not).
   */
  static Attributes attributes(SpanData span) {
    return span.getAttributes().toBuilder().build();
  }

  /** The names of {@link #spans()}. */
  List<String> names() {
    return spans().stream().map(SpanData::getName).collect(Collectors.toList());
  }

  /** The one ended span named {@code name}; fails if there is none or more than one. */
  SpanData only(String name) {
    List<SpanData> named =
        spans().stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
    assertThat(named).as("spans named %s among %s", name, names()).hasSize(1);
    return named.get(0);
  }
}
