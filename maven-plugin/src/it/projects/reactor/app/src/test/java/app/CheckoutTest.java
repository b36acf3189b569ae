package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CheckoutTest {

  @Test
  void oneSpanPerTracedCallAcrossModules() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    Weftrace.useOpenTelemetry(
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build());

    String receipt = run();

    List<String> names =
        exporter.getFinishedSpanItems().stream()
            .map(SpanData::getName)
            .collect(Collectors.toList());
    // Each woven once: a second weaving would end every span twice.
    assertEquals(
        List.of("Inventory.reserve", "Receipt.print", "Checkout.checkout", "CheckoutTest.run"),
        names);
    assertEquals(receipt, System.getProperty("expected.receipt", receipt));
    Weftrace.assertWoven();
  }

  @Trace
  String run() {
    return new Checkout().checkout("sku-1");
  }
}
