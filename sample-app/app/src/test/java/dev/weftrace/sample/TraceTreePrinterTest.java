package dev.weftrace.sample;

import static dev.weftrace.sample.InMemoryTracing.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weftrace.annotation.Trace;
import dev.weftrace.sample.telemetry.TraceTreePrinter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The printer on the spans of the woven pipeline, as the real SDK hands them over. Only the
 * structure of the lines is checked: times are replaced by {@code <t>}, trace ids by {@code <id>}.
 */
class TraceTreePrinterTest {

  private final List<List<String>> printed = new CopyOnWriteArrayList<>();
  private final TraceTreePrinter printer = new TraceTreePrinter(printed::add);

  @RegisterExtension final InMemoryTracing tracing = new InMemoryTracing(printer);

  private final Warehouse warehouse = Warehouse.held();
  private final InventoryService inventory = new InventoryService(warehouse, Duration.ofMillis(5));

  @AfterEach
  void stopWarehouse() {
    warehouse.shutdownNow();
  }

  @Test
  void printsADeclinedOrderOnceAsATreeWithTheAsyncReservationAndBothErrors() {
    warehouse.letGo();
    OrderService shop =
        new OrderService(
            new PricingService(Set.of("cust-ada")), inventory, new PaymentService(Set.of("tok_x")));

    assertThat(catchThrowable(() -> shop.placeOrder(OrderTracingTest.order("ORD-3", "tok_x"))))
        .isInstanceOf(PaymentDeclinedException.class);

    tracing.awaitSpans(8);
    assertThat(printed).hasSize(2);
    assertThat(structure(printed.get(0)))
        .containsExactly("trace <id> (1 span)", "`-- ShippingRates.load<t>");
    assertThat(structure(printed.get(1)))
        .containsExactly(
            "trace <id> (7 spans)",
            "`-- OrderService.placeOrder SERVER<t>  customer.id=\"cust-ada\" customer.loyal=true"
                + " order.express=true order.id=\"ORD-3\""
                + " order.lines=2 resource.name=\"POST /orders\" team=\"checkout\"  => ERROR PaymentDeclinedException: card declined: insufficient"
                + " funds",
            "    |-- OrderService.validate<t>",
            "    |-- InventoryService.reserve<t>  order.id=\"ORD-3\" reservation.id=\"R-101\""
                + " units=3",
            "    |-- PricingService.price<t>"
                + "  customer.id=\"cust-ada\" express=true item.count=3 subtotal=48.48",
            "    |   `-- PricingService.loyaltyDiscount<t>  customer.id=\"cust-ada\"",
            "    |-- payment.charge CLIENT<t>"
                + "  amount=58.03 order.id=\"ORD-3\" resource.name=\"POST /v1/charges\""
                + "  => ERROR PaymentDeclinedException: card declined: insufficient funds",
            "    `-- InventoryService.release<t>  reservation.id=\"R-101\"");
  }

  @Test
  void waitsForAnAsyncChildThatEndsAfterItsRoot() {
    new Restocker(inventory).restockLater();

    List<SpanData> rootOnly = tracing.awaitSpans(1);
    assertThat(rootOnly.get(0).getName()).isEqualTo("Restocker.restockLater");
    assertThat(printed).as("printed while the reservation is still held").isEmpty();

    warehouse.letGo();
    List<SpanData> spans = tracing.awaitSpans(2);
    assertThat(only(spans, "InventoryService.reserve").getEndEpochNanos())
        .isGreaterThan(only(spans, "Restocker.restockLater").getEndEpochNanos());
    assertThat(printed).hasSize(1);
    assertThat(structure(printed.get(0)))
        .containsExactly(
            "trace <id> (2 spans)",
            "`-- Restocker.restockLater<t>",
            "    `-- InventoryService.reserve<t>  order.id=\"RESTOCK-1\" reservation.id=\"R-101\""
                + " units=5");
  }

  @Test
  void printsATraceWithSpansStillRunningAtShutdownAsIncomplete() {
    Span job = tracing.tracer().spanBuilder("job").startSpan();
    tracing.tracer().spanBuilder("step").setParent(Context.root().with(job)).startSpan().end();
    tracing.awaitSpans(1);
    assertThat(printed).isEmpty();

    printer.shutdown();

    assertThat(printed).hasSize(1);
    assertThat(structure(printed.get(0)))
        .containsExactly("trace <id> (1 span ended, 1 still running at shutdown)", "`-- step<t>");
  }

  /** The lines with times and trace ids replaced, so that only the structure is compared. */
  static List<String> structure(List<String> lines) {
    return lines.stream()
        .map(line -> line.replaceAll("  \\d+\\.\\d ms at \\+\\d+\\.\\d ms", "<t>"))
        .map(line -> line.replaceAll("^trace [0-9a-f]{32} ", "trace <id> "))
        .collect(Collectors.toList());
  }

  /** Starts a reservation and returns without waiting for it, as fire-and-forget code does. */
  static final class Restocker {
    private final InventoryService inventory;

    Restocker(InventoryService inventory) {
      this.inventory = inventory;
    }

    @Trace
    void restockLater() {
      inventory.reserve("RESTOCK-1", 5);
    }
  }
}
