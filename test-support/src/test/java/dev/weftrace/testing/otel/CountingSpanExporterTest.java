package dev.weftrace.testing.otel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

class CountingSpanExporterTest {

  @Test
  void discardingCountsSpansOnly() {
    CountingSpanExporter exporter = CountingSpanExporter.discarding();
    rootWithChild(exporter);

    assertThat(exporter.spans()).isEqualTo(2);
    assertThat(exporter.roots()).isZero();
    assertThatThrownBy(exporter::kept).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void countingRootsCountsSpansWithoutParent() {
    CountingSpanExporter exporter = CountingSpanExporter.countingRoots();
    rootWithChild(exporter);

    assertThat(exporter.spans()).isEqualTo(2);
    assertThat(exporter.roots()).isEqualTo(1);
  }

  @Test
  void keepingKeepsEverySpan() {
    CountingSpanExporter exporter = CountingSpanExporter.keeping();
    rootWithChild(exporter);

    assertThat(exporter.kept()).extracting(SpanData::getName).containsExactly("child", "root");
  }

  private static void rootWithChild(CountingSpanExporter exporter) {
    try (SdkTracerProvider provider =
        SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build()) {
      Tracer tracer = provider.get("test");
      Span root = tracer.spanBuilder("root").startSpan();
      try (Scope ignored = root.makeCurrent()) {
        tracer.spanBuilder("child").startSpan().end();
      } finally {
        root.end();
      }
    }
  }
}
