package dev.weftrace.benchmarks.runtime;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * The OpenTelemetry SDK that woven and hand-written code both trace on: every span sampled and
 * recorded, ended spans handed to a span processor that sends them nowhere.
 */
final class BenchmarkSdk {

  /** Instrumentation scope of the hand-written code. */
  static final String SCOPE = "dev.weftrace.benchmarks";

  private BenchmarkSdk() {}

  /**
   * An SDK with sampler always-on and the span processor named by {@code processor}:
   *
   * <ul>
   *   <li>{@code simple}: a {@link SimpleSpanProcessor} over {@code exporter}, which converts each
   *       ended span to {@code SpanData} and exports it at once (the setup, and the one the
   *       peers' figures in NOTES.md were taken with);
   *   <li>{@code none}: the SDK's no-op processor, so nothing happens when a span ends and only
   *       making, tagging and ending spans is left.
   * </ul>
   */
  static OpenTelemetrySdk create(String processor, DiscardingExporter exporter) {
    SpanProcessor spanProcessor;
    switch (processor) {
      case "simple":
        spanProcessor = SimpleSpanProcessor.create(exporter);
        break;
      case "none":
        spanProcessor = SpanProcessor.composite();
        break;
      default:
        throw new IllegalArgumentException("processor must be simple or none, not " + processor);
    }
    SdkTracerProvider tracerProvider =
        SdkTracerProvider.builder()
            .setSampler(Sampler.alwaysOn())
            .addSpanProcessor(spanProcessor)
            .build();
    return OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
  }
}
