package dev.weftrace.e2e;

import dev.weftrace.weaver.internal.TracerRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * An application whose framework hands weftrace its own OpenTelemetry SDK, as {@code
 * weftrace-spring-boot} does with a Spring Boot application's bean. Under the Datadog agent the
 * agent must still get the spans: prints the woven call's result and how many spans the SDK got.
 */
public final class FrameworkSdkProgram {

  private FrameworkSdkProgram() {}

  public static void main(String[] args) {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build();
    try (TracerRegistry.Registration registration = TracerRegistry.register(sdk, "e2e framework")) {
      System.out.println(new Relay().forward("framework", () -> "done"));
    }
    System.out.println("sdk spans: " + exporter.getFinishedSpanItems().size());
  }
}
