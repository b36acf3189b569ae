package dev.weftrace.sample;

import dev.weftrace.sample.telemetry.Telemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Places a fixed list of orders, one of which is declined, and prints each trace as a tree when it
 * ends. Tracing needs nothing here but an OpenTelemetry SDK: the spans come from the woven
 * {@code @Trace} methods of the services.
 */
public final class SampleApp {

  /** How long the warehouse takes to confirm a reservation. */
  static final Duration WAREHOUSE_DELAY = Duration.ofMillis(40);

  /** Customers who get the loyalty discount. */
  static final Set<String> LOYAL_CUSTOMERS = Set.of("cust-ada");

  /** Card tokens the payment provider declines. */
  static final Set<String> DECLINED_CARDS = Set.of("tok_insufficient_funds");

  private SampleApp() {}

  /** Runs the sample; arguments are ignored. Configure tracing with the usual OTEL_* variables. */
  public static void main(String[] args) {
    // Register the SDK before the first traced call; weftrace picks it up from then on.
    OpenTelemetrySdk sdk = Telemetry.start(System.out);
    ScheduledExecutorService warehouse =
        Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "warehouse"));
    try {
      OrderService shop =
          new OrderService(
              new PricingService(LOYAL_CUSTOMERS),
              new InventoryService(warehouse, WAREHOUSE_DELAY),
              new PaymentService(DECLINED_CARDS));
      for (Order order : orders()) {
        place(shop, order);
      }
    } finally {
      warehouse.shutdown();
      // Ends the SDK's exporters after they sent what they hold (with OTLP, to the collector).
      sdk.shutdown().join(10, TimeUnit.SECONDS);
    }
  }

  /** Places one order and reports the outcome; a failed order does not stop the others. */
  private static void place(OrderService shop, Order order) {
    try {
      Confirmation done = shop.placeOrder(order);
      System.out.printf(
          Locale.ROOT,
          "order %s placed: total %.2f, reservation %s, payment %s%n%n",
          done.orderId(),
          done.total(),
          done.reservationId(),
          done.paymentId());
    } catch (PaymentDeclinedException | IllegalArgumentException failure) {
      System.out.printf(Locale.ROOT, "order %s FAILED: %s%n%n", order.id(), failure.getMessage());
    }
  }

  /** The orders the sample places, in order: the third one's card is declined. */
  static List<Order> orders() {
    return List.of(
        new Order(
            "ORD-1001",
            "cust-ada",
            List.of(new LineItem("BOOK-42", 2, 19.99), new LineItem("MUG-7", 1, 8.50)),
            false,
            "tok_visa"),
        new Order(
            "ORD-1002",
            "cust-grace",
            List.of(new LineItem("LAMP-3", 1, 45.00)),
            true,
            "tok_mastercard"),
        new Order(
            "ORD-1003",
            "cust-linus",
            List.of(new LineItem("DESK-1", 1, 289.00), new LineItem("CHAIR-9", 2, 120.00)),
            true,
            "tok_insufficient_funds"),
        new Order(
            "ORD-1004", "cust-ada", List.of(new LineItem("PEN-5", 10, 1.20)), false, "tok_visa"));
  }
}
