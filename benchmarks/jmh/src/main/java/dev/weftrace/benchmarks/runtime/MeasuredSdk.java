package dev.weftrace.benchmarks.runtime;

import dev.weftrace.testing.otel.CountingSpanExporter;
import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;

/**
 * The SDK the measured code traces on for one trial: a {@link BenchmarkSdk} over a discarding
 * exporter, checked to record spans and handed to weftrace with {@link Weftrace#useOpenTelemetry};
 * hand-written code gets its {@link #tracer()}.
 */
public final class MeasuredSdk implements AutoCloseable {

  private final CountingSpanExporter exporter = CountingSpanExporter.discarding();
  private final OpenTelemetrySdk sdk;
  private final long probeSpans;

  /** Creates the SDK with span processor {@code processor} (see {@link BenchmarkSdk#create}). */
  public MeasuredSdk(String processor) {
    sdk = BenchmarkSdk.create(processor, exporter);
    SetupChecks.requireRecording(sdk);
    probeSpans = exporter.spans(); // the check's own probe span
    Weftrace.useOpenTelemetry(sdk);
  }

  /** The tracer for code that makes its spans by hand. */
  public Tracer tracer() {
    return sdk.getTracer(BenchmarkSdk.SCOPE);
  }

  /** Fails if any span reached the exporter: for the cases where weftrace must make none. */
  public void requireNoneExported(String why) {
    long made = exporter.spans() - probeSpans;
    if (made != 0) {
      throw new IllegalStateException(made + " spans were made although " + why);
    }
  }

  /** Reports how many spans reached the exporter, stops using the SDK and shuts it down. */
  @Override
  public void close() {
    System.out.println("spans exported in this trial: " + exporter.spans());
    Weftrace.useOpenTelemetry(null);
    sdk.getSdkTracerProvider().shutdown();
  }
}
