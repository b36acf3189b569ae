package dev.weftrace.sample.telemetry;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.io.PrintStream;
import java.util.Map;

/**
 * Starts the sample's OpenTelemetry SDK. It is configured the standard way, by {@code OTEL_*}
 * environment variables and {@code otel.*} system properties, over defaults that export nothing:
 * out of the box the traces are only printed, by a {@link TraceTreePrinter}.
 */
public final class Telemetry {

  /**
   * Settings used unless the environment or system properties say otherwise. The OTLP protocol is
   * the specification's default, {@code http/protobuf} (port 4318), where the Java SDK alone would
   * default to gRPC (port 4317).
   */
  static final Map<String, String> DEFAULTS =
      Map.of(
          "otel.service.name", "weftrace-sample",
          "otel.traces.exporter", "none",
          "otel.metrics.exporter", "none",
          "otel.logs.exporter", "none",
          "otel.exporter.otlp.protocol", "http/protobuf");

  private Telemetry() {}

  /**
   * Builds the SDK, adds a printer of trace trees to {@code console}, and registers the SDK as
   * {@link io.opentelemetry.api.GlobalOpenTelemetry}, where weftrace finds it. The caller shuts it
   * down, which also prints any trace still incomplete.
   */
  public static OpenTelemetrySdk start(PrintStream console) {
    return AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> DEFAULTS)
        .addTracerProviderCustomizer(
            (tracing, config) -> tracing.addSpanProcessor(TraceTreePrinter.printingTo(console)))
        .setResultAsGlobal()
        .disableShutdownHook() // the app shuts the SDK down itself
        .build()
        .getOpenTelemetrySdk();
  }
}
