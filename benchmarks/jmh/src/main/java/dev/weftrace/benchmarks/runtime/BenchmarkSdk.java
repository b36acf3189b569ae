package dev.weftrace.benchmarks.runtime;

import dev.weftrace.testing.otel.CountingSpanExporter;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * The OpenTelemetry SDK that woven and hand-written code both trace on: every span sampled and
 * recorded, ended spans handed to a span processor that sends them nowhere.
 */
public final class BenchmarkSdk {

  /**
   * Instrumentation scope of the code that makes spans by hand (here and in the peers benchmarks).
   */
  public static final String SCOPE = "dev.weftrace.benchmarks";

  private BenchmarkSdk() {}

  /**
   * An SDK with sampler always-on and the span processor named by {@code processor}:
   *
   * <ul>
   *   <li>{@code simple}: a {@link SimpleSpanProcessor} over {@code exporter}, which converts each
   *       ended span to {@code SpanData} and exports it at once (the setup, and the one the
   *       peers' figures in NOTES.md were taken with);
   *   <li>{@code none}: a processor that ignores every span ({@link IgnoringProcessor}), so nothing
   *       happens when a span ends and only making, tagging and ending recorded spans is left. Not
   *       the SDK's own no-op ({@code SpanProcessor.composite()}): with that one the SDK stops
   *       recording spans altogether.
   * </ul>
   */
  public static OpenTelemetrySdk create(String processor, CountingSpanExporter exporter) {
    SpanProcessor spanProcessor;
    switch (processor) {
      case "simple":
        spanProcessor = SimpleSpanProcessor.create(exporter);
        break;
      case "none":
        spanProcessor = new IgnoringProcessor();
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

  /** Sees every span start and end, and does nothing with either. */
  private static final class IgnoringProcessor implements SpanProcessor {

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {}

    @Override
    public boolean isStartRequired() {
      return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
      return false;
    }
  }
}
