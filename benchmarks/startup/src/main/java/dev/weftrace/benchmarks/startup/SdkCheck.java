package dev.weftrace.benchmarks.startup;

import dev.weftrace.testing.otel.CountingSpanExporter;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.util.concurrent.TimeUnit;

/**
 * An OpenTelemetry SDK built in code, as an application using weftrace would build it: the usual
 * {@link BatchSpanProcessor} in front of a {@link CountingSpanExporter} (counting roots),
 * registered as {@code GlobalOpenTelemetry}, where woven code finds it. After the last order it
 * shuts the SDK down, which exports what is still queued, and checks the exporter's counts.
 *
 * <p>Two uses: the weftrace variant ({@link #forWovenClasses}), where every traced call must have
 * been exported as a span, nested as called; and the sdk-only variant ({@link #alone}), the same
 * SDK started and shut down by unwoven classes, which must export nothing: it tells how much of the
 * weftrace variant's start-up is the SDK's rather than weftrace's.
 *
 * <p>The processor's queue holds 16,384 spans instead of the default 2,048, so that none of the
 * run's 10,000 spans can be dropped while the app outpaces the export thread: the check demands all
 * of them.
 */
final class SdkCheck implements TracingCheck {

  private static final int QUEUE_SIZE = 16_384;

  private final OpenTelemetrySdk sdk;
  private final CountingSpanExporter exporter;
  private final NestingProbe probe; // null: unwoven classes, nothing to look at

  private SdkCheck(OpenTelemetrySdk sdk, CountingSpanExporter exporter, NestingProbe probe) {
    this.sdk = sdk;
    this.exporter = exporter;
    this.probe = probe;
  }

  /** Starts the SDK for woven classes, which must trace every call. */
  static SdkCheck forWovenClasses() {
    CountingSpanExporter exporter = CountingSpanExporter.countingRoots();
    return new SdkCheck(startSdk(exporter), exporter, new OtelCurrentSpan());
  }

  /** Starts the SDK for unwoven classes, which must trace nothing. */
  static SdkCheck alone() {
    CountingSpanExporter exporter = CountingSpanExporter.countingRoots();
    return new SdkCheck(startSdk(exporter), exporter, null);
  }

  private static OpenTelemetrySdk startSdk(CountingSpanExporter exporter) {
    Resource resource =
        Resource.getDefault().toBuilder()
            .put(AttributeKey.stringKey("service.name"), "weftrace-startup")
            .build();
    SdkTracerProvider tracing =
        SdkTracerProvider.builder()
            .setResource(resource)
            .addSpanProcessor(
                BatchSpanProcessor.builder(exporter).setMaxQueueSize(QUEUE_SIZE).build())
            .build();
    return OpenTelemetrySdk.builder().setTracerProvider(tracing).buildAndRegisterGlobal();
  }

  @Override
  public void insideRoot() {
    if (probe != null) {
      probe.insideRoot();
    }
  }

  @Override
  public void insideLeaf() {
    if (probe != null) {
      probe.insideLeaf();
    }
  }

  @Override
  public String finish() {
    if (!sdk.shutdown().join(10, TimeUnit.SECONDS).isSuccess()) {
      throw new IllegalStateException("the SDK did not shut down within 10 s");
    }
    long spans = exporter.spans();
    long roots = exporter.roots();
    long expectedSpans = probe != null ? StartupApp.TRACED_CALLS : 0;
    long expectedRoots = probe != null ? StartupApp.ORDERS : 0;
    if (spans != expectedSpans || roots != expectedRoots) {
      throw new IllegalStateException(
          String.format(
              "exported %d spans (%d roots), expected %d (%d)",
              spans, roots, expectedSpans, expectedRoots));
    }
    String exported = spans + " spans exported (" + roots + " roots)";
    return probe != null
        ? exported + "; " + probe.verdict(Checkpoint.OBSERVED_ORDERS)
        : exported + " by the SDK alone";
  }
}
