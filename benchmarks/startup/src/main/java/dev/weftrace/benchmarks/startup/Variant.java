package dev.weftrace.benchmarks.startup;

/**
 * The benchmark's variants, as named on the command line. The app's code is the same in all of
 * them; what differs is how the JVM is started (class path, agent), which the script decides, and
 * which {@link TracingCheck} the app uses, which this decides. Each check's class, and the tracer
 * classes it uses, are loaded only by its own variant.
 */
enum Variant {
  /** Unwoven classes, no tracer: the baseline. */
  PLAIN("plain"),
  /** Woven classes on an OpenTelemetry SDK built by the app. */
  WEFTRACE("weftrace"),
  /**
   * Unwoven classes starting and shutting down the weftrace variant's SDK, tracing nothing: for
   * reference, the SDK's share of the weftrace variant.
   */
  SDK_ONLY("sdk-only"),
  /** Unwoven classes under the OpenTelemetry Java agent ({@code @WithSpan}). */
  OTEL_AGENT("otel-agent"),
  /** Unwoven classes under the Datadog Java agent ({@code datadog.trace.api.Trace}). */
  DATADOG("datadog");

  private final String label;

  Variant(String label) {
    this.label = label;
  }

  /** The variant called {@code label} on the command line. */
  static Variant named(String label) {
    for (Variant variant : values()) {
      if (variant.label.equals(label)) {
        return variant;
      }
    }
    throw new IllegalArgumentException(
        "unknown variant " + label + "; one of: plain, weftrace, sdk-only, otel-agent, datadog");
  }

  /** Its name on the command line and in the results. */
  String label() {
    return label;
  }

  /**
   * Starts what the app itself sets up for this variant (an SDK, in two variants) and its check.
   */
  TracingCheck start() {
    switch (this) {
      case WEFTRACE:
        return SdkCheck.forWovenClasses();
      case SDK_ONLY:
        return SdkCheck.alone();
      case OTEL_AGENT:
        return new AgentCheck(new OtelCurrentSpan());
      case DATADOG:
        return new AgentCheck(new DatadogCorrelation());
      default:
        return new NoTracing();
    }
  }
}
