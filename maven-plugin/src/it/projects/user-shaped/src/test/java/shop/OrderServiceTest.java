package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderServiceTest {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

  @BeforeEach
  void sdk() {
    Weftrace.useOpenTelemetry(
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build());
  }

  private List<String> names() {
    return exporter.getFinishedSpanItems().stream()
        .map(SpanData::getName)
        .collect(Collectors.toList());
  }

  @Test
  void mainClassesAreWovenWithTagsReadThroughLombokGetters() {
    assertEquals("ORD-1:3", new OrderService().place(new Order("ord-1", 3)));
    assertEquals(7.5, new OrderService.Pricing().price(3));

    assertEquals(3, names().size(), names().toString());
    SpanData place =
        exporter.getFinishedSpanItems().stream()
            .filter(s -> s.getName().equals("orders.place"))
            .findFirst()
            .orElseThrow();
    assertEquals("ord-1", place.getAttributes().get(AttributeKey.stringKey("order.id")));
    assertTrue(names().stream().anyMatch(n -> n.endsWith("check")), names().toString());
    assertTrue(names().stream().anyMatch(n -> n.endsWith("price")), names().toString());
    Weftrace.assertWoven();
  }

  @Test
  void javacKeptParameterNamesThroughWeaving() throws Exception {
    assertEquals(
        "order", OrderService.class.getMethod("place", Order.class).getParameters()[0].getName());
  }

  @Test
  void theSpringAspectWasNotWovenIntoAnything() {
    new OrderService().place(new Order("ord-2", 1));
    assertEquals(0, AuditAspect.CALLS.get());
    assertFalse(
        java.util.Arrays.stream(AuditAspect.class.getDeclaredMethods())
            .anyMatch(m -> m.getName().equals("aspectOf")),
        "AuditAspect was made an AspectJ aspect");
  }

  @Test
  void testClassesAreWovenToo() {
    assertEquals(2, helper());
    assertTrue(names().stream().anyMatch(n -> n.endsWith("helper")), names().toString());
  }

  @Trace
  private int helper() {
    return 2;
  }
}
