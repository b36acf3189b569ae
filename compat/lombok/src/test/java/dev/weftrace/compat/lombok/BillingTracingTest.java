package dev.weftrace.compat.lombok;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls the woven {@link Billing} and reads the spans the OpenTelemetry SDK received: every tag
 * read through a getter that Lombok wrote, whichever order this module lists the processors in.
 */
class BillingTracingTest {

  private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();
  private static OpenTelemetrySdk sdk;

  private final Billing billing = new Billing();
  private final Invoice invoice =
      new Invoice("INV-7", true, new Money(4_250, "EUR"), new Customer("Ada", true));

  @BeforeAll
  static void useSdk() {
    sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(EXPORTER))
                    .build())
            .build();
    Weftrace.useOpenTelemetry(sdk);
  }

  @AfterAll
  static void closeSdk() {
    Weftrace.useOpenTelemetry(null);
    sdk.close();
  }

  @BeforeEach
  void clearSpans() {
    EXPORTER.reset();
  }

  @Test
  void classesAreWoven() {
    Weftrace.assertWoven();
  }

  @Test
  void valueAndDataClassesAreReadThroughTheirGettersAndRecordsThroughTheirComponents() {
    billing.bill(invoice);

    assertEquals(
        Attributes.builder()
            .put(stringKey("invoice.number"), "INV-7")
            .put(booleanKey("invoice.paid"), true)
            .put(longKey("invoice.cents"), 4_250L)
            .put(stringKey("invoice.currency"), "EUR")
            .put(stringKey("customer.name"), "Ada")
            .put(booleanKey("customer.vip"), true)
            .build(),
        attributes("Billing.bill"));
  }

  @Test
  void classLevelGetterGivesGetAndIsGetters() {
    billing.open(new Account("acc-1", false));

    assertEquals(
        Attributes.of(stringKey("account.id"), "acc-1", booleanKey("account.active"), false),
        attributes("Billing.open"));
  }

  @Test
  void fieldLevelGettersAreRead() {
    billing.ship(new Shipment("ups", true, 12));

    assertEquals(
        Attributes.of(stringKey("shipment.carrier"), "ups", booleanKey("shipment.fragile"), true),
        attributes("Billing.ship"));
  }

  @Test
  void mapStructMapperRunsInsideATracedMethodTaggedThroughItsResult() {
    InvoiceSummary summary = billing.summarize(invoice);

    assertEquals(new InvoiceSummary("INV-7", "Ada", 4_250, "EUR"), summary);
    assertEquals(
        Attributes.of(stringKey("invoice.number"), "INV-7", stringKey("summary.customer"), "Ada"),
        attributes("Billing.summarize"));
  }

  @Test
  void nullAlongAPathLeavesThatTagOut() {
    billing.bill(new Invoice("INV-8", false, null, null));

    Attributes attributes = attributes("Billing.bill");
    assertEquals(null, attributes.get(stringKey("customer.name")));
    assertEquals(null, attributes.get(longKey("invoice.cents")));
    assertEquals("INV-8", attributes.get(stringKey("invoice.number")));
  }

  /** The attributes of the one span named {@code name}, comparable with {@code equals}. */
  private static Attributes attributes(String name) {
    List<SpanData> spans = EXPORTER.getFinishedSpanItems();
    assertEquals(List.of(name), spans.stream().map(SpanData::getName).toList());
    return spans.get(0).getAttributes().toBuilder().build();
  }
}
