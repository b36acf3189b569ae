package dev.weftrace.sample;

import static dev.weftrace.sample.InMemoryTracing.only;
import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.ExceptionEventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The spans the woven order pipeline makes, as a real OpenTelemetry SDK records them. */
class OrderTracingTest {

  private static final Duration DELAY = Duration.ofMillis(40);
  private static final String DECLINED_CARD = "tok_declined";

  @RegisterExtension final InMemoryTracing tracing = new InMemoryTracing();

  private final Warehouse warehouse = Warehouse.open();
  private final InventoryService inventory = new InventoryService(warehouse, DELAY);
  private final OrderService shop =
      new OrderService(
          new PricingService(Set.of("cust-ada")),
          inventory,
          new PaymentService(Set.of(DECLINED_CARD)));

  @AfterEach
  void stopWarehouse() {
    warehouse.shutdownNow();
  }

  /** Three units for 48.48, express: with the loyalty discount and shipping, 58.03. */
  static Order order(String id, String cardToken) {
    return new Order(
        id,
        "cust-ada",
        List.of(new LineItem("BOOK-42", 2, 19.99), new LineItem("MUG-7", 1, 8.50)),
        true,
        cardToken);
  }

  @Test
  void validateReservePriceAndChargeAreChildrenOfPlaceOrder() throws Exception {
    shop.placeOrder(order("ORD-1", "tok_visa"));

    List<SpanData> spans = tracing.awaitSpans(7);
    SpanData root = only(spans, "OrderService.placeOrder");
    assertThat(root.getParentSpanContext().isValid()).isFalse();
    for (String child :
        List.of(
            "OrderService.validate",
            "InventoryService.reserve",
            "PricingService.price",
            "payment.charge")) {
      SpanData span = only(spans, child);
      assertThat(span.getTraceId()).as(child).isEqualTo(root.getTraceId());
      assertThat(span.getParentSpanId()).as(child).isEqualTo(root.getSpanId());
    }
  }

  @Test
  void aTracedMethodCalledOnThisIsAChildOfItsCaller() throws Exception {
    shop.placeOrder(order("ORD-1", "tok_visa"));

    List<SpanData> spans = tracing.awaitSpans(7);
    assertThat(only(spans, "PricingService.loyaltyDiscount").getParentSpanId())
        .isEqualTo(only(spans, "PricingService.price").getSpanId());
  }

  @Test
  void placeOrderIsAServerSpanWithPathStaticResultAndApiTags() throws Exception {
    Confirmation confirmation = shop.placeOrder(order("ORD-1", "tok_visa"));

    SpanData root = only(tracing.awaitSpans(7), "OrderService.placeOrder");
    assertThat(root.getKind()).isEqualTo(SpanKind.SERVER);
    assertThat(root.getAttributes().asMap())
        .containsOnly(
            entry(stringKey("resource.name"), "POST /orders"),
            entry(stringKey("team"), "checkout"),
            entry(stringKey("customer.id"), "cust-ada"),
            entry(booleanKey("customer.loyal"), true),
            entry(stringKey("order.id"), "ORD-1"),
            entry(booleanKey("order.express"), true),
            entry(longKey("order.lines"), 2L),
            entry(stringKey("payment.id"), confirmation.paymentId()));
    assertThat(root.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void priceTagsKeepTheTypesOfTheirParameters() throws Exception {
    shop.placeOrder(order("ORD-1", "tok_visa"));

    SpanData price = only(tracing.awaitSpans(7), "PricingService.price");
    assertThat(price.getAttributes().asMap())
        .containsOnly(
            entry(stringKey("customer.id"), "cust-ada"),
            entry(longKey("item.count"), 3L),
            entry(booleanKey("express"), true),
            entry(doubleKey("subtotal"), 48.48));
  }

  @Test
  void chargeIsAClientSpanNamedByItsOperationNameAndCarriesNoCardToken() throws Exception {
    shop.placeOrder(order("ORD-1", "tok_visa"));

    SpanData charge = only(tracing.awaitSpans(7), "payment.charge");
    assertThat(charge.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(charge.getAttributes().asMap())
        .containsOnly(
            entry(stringKey("order.id"), "ORD-1"),
            entry(doubleKey("amount"), 58.03),
            entry(stringKey("resource.name"), "POST /v1/charges"));
  }

  @Test
  void shippingRatesAreLoadedOnceInATraceOfTheirOwnThoughDuringTheFirstPricing() throws Exception {
    shop.placeOrder(order("ORD-1", "tok_visa"));
    shop.placeOrder(order("ORD-2", "tok_visa"));

    List<SpanData> spans = tracing.awaitSpans(13);
    SpanData load = only(spans, "ShippingRates.load");
    SpanData firstPricing =
        spans.stream()
            .filter(s -> s.getName().equals("PricingService.price"))
            .min((a, b) -> Long.compare(a.getStartEpochNanos(), b.getStartEpochNanos()))
            .orElseThrow();
    assertThat(load.getParentSpanContext().isValid()).isFalse();
    assertThat(load.getTraceId()).isNotEqualTo(firstPricing.getTraceId());
    assertThat(load.getStartEpochNanos())
        .isBetween(firstPricing.getStartEpochNanos(), firstPricing.getEndEpochNanos());
  }

  @Test
  @SuppressWarnings("try") // The scope only makes the test span current around the call.
  void reservationSpanEndsWhenTheFutureCompletesNotWhenTheMethodReturns() {
    // Markers are spans of the same trace, so their times come from the same clock as reserve's.
    Span test = tracing.tracer().spanBuilder("test").startSpan();
    Context inTest = Context.root().with(test);
    warehouse.beforeEachTask(() -> mark("completing", inTest));
    CompletableFuture<Reservation> reservation;
    try (Scope scope = test.makeCurrent()) {
      reservation = inventory.reserve("ORD-7", 3);
    }
    mark("returned", inTest);

    assertThat(reservation.join()).isEqualTo(new Reservation("R-101", "ORD-7", 3));
    test.end();
    List<SpanData> spans = tracing.awaitSpans(4);
    SpanData reserve = only(spans, "InventoryService.reserve");
    assertThat(reserve.getParentSpanId()).isEqualTo(test.getSpanContext().getSpanId());
    assertThat(reserve.getEndEpochNanos())
        .isGreaterThan(only(spans, "returned").getStartEpochNanos())
        .isGreaterThanOrEqualTo(only(spans, "completing").getStartEpochNanos());
    assertThat(reserve.getEndEpochNanos() - reserve.getStartEpochNanos())
        .isGreaterThanOrEqualTo(DELAY.toNanos());
  }

  @Test
  void aDeclinedPaymentMarksChargeAndPlaceOrderAsErrorsAndReachesTheCallerUnchanged() {
    Throwable thrown = catchThrowable(() -> shop.placeOrder(order("ORD-3", DECLINED_CARD)));

    assertThat(thrown)
        .isInstanceOf(PaymentDeclinedException.class)
        .hasMessage("card declined: insufficient funds")
        .hasNoCause();
    List<SpanData> spans = tracing.awaitSpans(8);
    for (String failed : List.of("payment.charge", "OrderService.placeOrder")) {
      SpanData span = only(spans, failed);
      assertThat(span.getStatus().getStatusCode()).as(failed).isEqualTo(StatusCode.ERROR);
      assertThat(span.getStatus().getDescription()).as(failed).isEqualTo(thrown.getMessage());
      assertThat(span.getEvents()).as(failed).singleElement().satisfies(e -> recorded(e, thrown));
    }
    SpanData release = only(spans, "InventoryService.release");
    assertThat(release.getParentSpanId())
        .isEqualTo(only(spans, "OrderService.placeOrder").getSpanId());
    assertThat(release.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void anInvalidOrderFailsInValidateBeforeAnythingIsReserved() {
    Throwable thrown = catchThrowable(() -> shop.placeOrder(order("ORD-4", " ")));

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    List<SpanData> spans = tracing.awaitSpans(2);
    assertThat(InMemoryTracing.names(spans))
        .containsExactly("OrderService.validate", "OrderService.placeOrder");
    for (SpanData span : spans) {
      assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
      assertThat(span.getEvents()).singleElement().satisfies(e -> recorded(e, thrown));
    }
  }

  /** Asserts that {@code event} recorded exactly the instance {@code thrown}. */
  private static void recorded(EventData event, Throwable thrown) {
    assertThat(event.getName()).isEqualTo("exception");
    assertThat(event).isInstanceOf(ExceptionEventData.class);
    assertThat(((ExceptionEventData) event).getException()).isSameAs(thrown);
    assertThat(event.getAttributes().get(stringKey("exception.type")))
        .isEqualTo(thrown.getClass().getName());
  }

  private void mark(String name, Context parent) {
    tracing.tracer().spanBuilder(name).setParent(parent).startSpan().end();
  }
}
