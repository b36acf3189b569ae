package dev.weftrace.benchmarks.peers;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * The OpenTelemetry SDK of the in-process cases, set up as in the runtime benchmarks: every span
 * sampled and recorded, and handed at its end to a {@link SimpleSpanProcessor} over an exporter
 * that sends it nowhere.
 */
public final class PeerSdk {

  /** Instrumentation scope of spans made with the API by hand or by the Spring aspect. */
  public static final String SCOPE = "dev.weftrace.benchmarks.peers";

  private PeerSdk() {}

  /** An SDK that exports every ended span, synchronously, to {@code exporter}. */
  public static OpenTelemetrySdk create(CountingExporter exporter) {
    SdkTracerProvider tracerProvider =
        SdkTracerProvider.builder()
            .setSampler(Sampler.alwaysOn())
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build();
    return OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
  }
}
