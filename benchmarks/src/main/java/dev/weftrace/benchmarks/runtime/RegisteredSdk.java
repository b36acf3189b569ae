package dev.weftrace.benchmarks.runtime;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.sdk.OpenTelemetrySdk;

/**
 * A discarding SDK handed to weftrace for the measured part of the switched-off cases, as in an
 * application that traces otherwise; woven code there must not reach it.
 */
final class RegisteredSdk implements AutoCloseable {

  private final DiscardingExporter exporter = DiscardingExporter.discarding();
  private OpenTelemetrySdk sdk;

  /** Creates the SDK and makes weftrace use it. */
  void register() {
    sdk = BenchmarkSdk.create("simple", exporter);
    Weftrace.useOpenTelemetry(sdk);
  }

  /** Stops using the SDK; fails if any span reached it. */
  @Override
  public void close() {
    Weftrace.useOpenTelemetry(null);
    if (sdk != null) {
      sdk.getSdkTracerProvider().shutdown();
    }
    if (exporter.exported() != 0) {
      throw new IllegalStateException(exporter.exported() + " spans were made while switched off");
    }
  }
}
