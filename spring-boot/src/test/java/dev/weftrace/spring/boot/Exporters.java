package dev.weftrace.spring.boot;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;

/**
 * An in-memory exporter and the OpenTelemetry SDKs that export to it, as an application's beans.
 */
final class Exporters {

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();

  /** An SDK exporting every span at once; Spring closes it with its context. */
  OpenTelemetrySdk sdk() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                .build())
        .build();
  }

  /**
   * An OpenTelemetry that stays usable after its context closed (Spring cannot close it), so that a
   * test can tell whether weftrace still uses it.
   */
  OpenTelemetry outlivingTheContext() {
    OpenTelemetrySdk sdk = sdk();
    return new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        return sdk.getTracerProvider();
      }

      @Override
      public ContextPropagators getPropagators() {
        return sdk.getPropagators();
      }
    };
  }

  /** The {@code step} tags of the spans exported so far, in order. */
  List<String> steps() {
    return exporter.getFinishedSpanItems().stream()
        .map(SpanData::getAttributes)
        .map(
            attributes ->
                attributes.get(io.opentelemetry.api.common.AttributeKey.stringKey("step")))
        .toList();
  }
}
