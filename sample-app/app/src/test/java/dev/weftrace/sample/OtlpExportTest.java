package dev.weftrace.sample;

import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.fail;

import dev.weftrace.receivers.OtlpReceiver;
import dev.weftrace.receivers.ReceivedSpan;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.Span.Event;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.opentelemetry.proto.trace.v1.Status.StatusCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample app end to end over OTLP: it runs in a forked JVM, exactly as a user runs it with
 * {@code OTEL_TRACES_EXPORTER=otlp}, and the OpenTelemetry SDK's own OTLP/HTTP exporter sends its
 * spans to an {@link OtlpReceiver} on loopback. The assertions are on the protobuf messages as they
 * were decoded from the wire: the same spans, links, typed tags and errors that {@link
 * OrderTracingTest} checks in-process.
 */
class OtlpExportTest {

  private static final Duration APP_TIMEOUT = Duration.ofSeconds(60);

  /** The orders {@link SampleApp#orders()} places, as their spans must show them. */
  private static final List<Expected> ORDERS =
      List.of(
          new Expected("ORD-1001", "cust-ada", 2, 3, false, 48.48, 48.13, "R-101", "P-501"),
          new Expected("ORD-1002", "cust-grace", 1, 1, true, 45.00, 56.40, "R-102", "P-502"),
          new Expected("ORD-1003", "cust-linus", 2, 3, true, 529.00, 543.40, "R-103", null),
          new Expected("ORD-1004", "cust-ada", 1, 10, false, 12.00, 25.80, "R-104", "P-503"));

  private static final String DECLINED = "card declined: insufficient funds";

  /** The spans of the declined order that end in error: the charge and the order itself. */
  private static final List<String> FAILED_SPANS =
      List.of("payment.charge", "OrderService.placeOrder");

  private static OtlpReceiver receiver;
  private static int exitCode;
  private static String output;
  private static List<ReceivedSpan> spans;

  /**
   * What one order's spans carry.
   *
   * @param payment the payment id, or {@code null} for the order whose card is declined
   */
  private record Expected(
      String id,
      String customer,
      int lines,
      int units,
      boolean express,
      double subtotal,
      double total,
      String reservation,
      String payment) {}

  @BeforeAll
  static void runTheSampleAppAgainstAFakeCollector() throws Exception {
    receiver = OtlpReceiver.start();
    Path log = Files.createTempFile("weftrace-sample-otlp", ".log");
    try {
      ProcessBuilder app =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  SampleApp.class.getName())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      // Only this test's settings: none inherited from whoever runs the build.
      app.environment().keySet().removeIf(name -> name.startsWith("OTEL_"));
      app.environment().put("OTEL_TRACES_EXPORTER", "otlp");
      app.environment().put("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint());
      // No OTEL_EXPORTER_OTLP_PROTOCOL: the sample's default, http/protobuf, is under test too.
      Process process = app.start();
      if (!process.waitFor(APP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        fail("the sample app did not exit within %s:%n%s", APP_TIMEOUT, read(log));
      }
      exitCode = process.exitValue();
      output = read(log);
    } finally {
      Files.deleteIfExists(log);
    }
    // The SDK's shutdown waits for each export's response, so the app has exited only once the
    // receiver answered every request: nothing is still on its way.
    spans = receiver.spans();
  }

  @AfterAll
  static void stopTheReceiver() {
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void theAppExitsNormallyAfterExportingAllTwentySixSpansOfFiveTraces() {
    assertThat(exitCode).as(output).isZero();
    assertThat(output)
        .contains("order ORD-1003 FAILED: " + DECLINED)
        .contains("order ORD-1004 placed: total 25.80, reservation R-104, payment P-503");
    assertThat(receiver.refusals()).isEmpty();
    assertThat(receiver.exports()).isPositive();
    // Per order: placeOrder, validate, reserve, price, loyaltyDiscount, charge; plus release for
    // the declined one; plus ShippingRates.load once.
    assertThat(spans).as(output).hasSize(4 * 6 + 1 + 1);
    assertThat(spans.stream().map(ReceivedSpan::traceId).distinct()).hasSize(5);
    assertThat(spans.stream().map(ReceivedSpan::spanId).distinct()).hasSize(spans.size());
  }

  @Test
  void everySpanComesFromServiceWeftraceSampleAndScopeDevWeftrace() {
    assertThat(spans)
        .isNotEmpty()
        .allSatisfy(
            span -> {
              assertThat(span.resource()).containsEntry("service.name", str("weftrace-sample"));
              assertThat(span.scope()).isEqualTo("dev.weftrace");
              assertThat(span.traceId()).hasSize(32).isNotEqualTo("0".repeat(32));
              assertThat(span.spanId()).hasSize(16).isNotEqualTo("0".repeat(16));
            });
  }

  @Test
  void eachOrderIsATraceUnderAServerRootWithItsResourceStaticPathAndApiTags() {
    for (Expected order : ORDERS) {
      ReceivedSpan root = root(order);
      assertThat(root.span().getKind()).as(order.id()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
      assertThat(root.parentSpanId()).as(order.id()).isEmpty();
      Map<String, AnyValue> expected =
          new LinkedHashMap<>(
              Map.of(
                  "resource.name", str("POST /orders"),
                  "team", str("checkout"),
                  "customer.id", str(order.customer()),
                  "customer.loyal", bool(SampleApp.LOYAL_CUSTOMERS.contains(order.customer())),
                  "order.id", str(order.id()),
                  "order.express", bool(order.express()),
                  "order.lines", int64(order.lines())));
      if (order.payment() != null) {
        expected.put("payment.id", str(order.payment()));
      }
      assertThat(root.attributes()).as(order.id()).containsExactlyInAnyOrderEntriesOf(expected);
    }
  }

  @Test
  void validateReservePriceAndChargeAreChildrenOfTheRootAndDiscountOfPrice() {
    for (Expected order : ORDERS) {
      ReceivedSpan root = root(order);
      List<ReceivedSpan> trace = trace(root);
      List<String> expectedNames =
          new ArrayList<>(
              List.of(
                  "OrderService.placeOrder",
                  "OrderService.validate",
                  "InventoryService.reserve",
                  "PricingService.price",
                  "PricingService.loyaltyDiscount",
                  "payment.charge"));
      if (order.payment() == null) {
        expectedNames.add("InventoryService.release");
      }
      assertThat(trace)
          .as(order.id())
          .extracting(ReceivedSpan::name)
          .containsExactlyInAnyOrderElementsOf(expectedNames);
      for (ReceivedSpan span : trace) {
        String parent =
            switch (span.name()) {
              case "OrderService.placeOrder" -> "";
              case "PricingService.loyaltyDiscount" -> only(trace, "PricingService.price").spanId();
              default -> root.spanId();
            };
        assertThat(span.parentSpanId()).as("%s in %s", span.name(), order.id()).isEqualTo(parent);
      }
    }
  }

  @Test
  void reserveLastsUntilTheWarehouseAnswersAndCarriesTheReservationItCompletedWith() {
    for (Expected order : ORDERS) {
      ReceivedSpan reserve = only(trace(root(order)), "InventoryService.reserve");
      assertThat(reserve.span().getKind()).isEqualTo(SpanKind.SPAN_KIND_INTERNAL);
      assertThat(reserve.attributes())
          .as(order.id())
          .containsOnly(
              entry("order.id", str(order.id())),
              entry("units", int64(order.units())),
              entry("reservation.id", str(order.reservation())));
      assertThat(reserve.durationNanos())
          .isGreaterThanOrEqualTo(SampleApp.WAREHOUSE_DELAY.toNanos());
    }
  }

  @Test
  void priceTagsArriveWithTheTypesOfTheirParameters() {
    for (Expected order : ORDERS) {
      ReceivedSpan price = only(trace(root(order)), "PricingService.price");
      assertThat(price.attributes())
          .as(order.id())
          .containsOnly(
              entry("customer.id", str(order.customer())),
              entry("item.count", int64(order.units())),
              entry("express", bool(order.express())),
              entry("subtotal", dbl(order.subtotal())));
      assertThat(price.attributes().get("item.count").getValueCase())
          .isEqualTo(AnyValue.ValueCase.INT_VALUE);
      assertThat(price.attributes().get("subtotal").getValueCase())
          .isEqualTo(AnyValue.ValueCase.DOUBLE_VALUE);
    }
  }

  @Test
  void chargeIsAClientSpanNamedByItsOperationName() {
    for (Expected order : ORDERS) {
      ReceivedSpan charge = only(trace(root(order)), "payment.charge");
      assertThat(charge.span().getKind()).isEqualTo(SpanKind.SPAN_KIND_CLIENT);
      assertThat(charge.attributes())
          .as(order.id())
          .containsOnly(
              entry("order.id", str(order.id())),
              entry("amount", dbl(order.total())),
              entry("resource.name", str("POST /v1/charges")));
    }
  }

  @Test
  void theDeclinedChargeAndItsOrderAreErrorsWithTheMessageAndAnExceptionEvent() {
    List<ReceivedSpan> trace = trace(root(ORDERS.get(2)));
    for (String failed : FAILED_SPANS) {
      ReceivedSpan span = only(trace, failed);
      assertThat(span.span().getStatus().getCode())
          .as(failed)
          .isEqualTo(StatusCode.STATUS_CODE_ERROR);
      assertThat(span.span().getStatus().getMessage()).as(failed).isEqualTo(DECLINED);
      assertThat(span.span().getEventsList())
          .as(failed)
          .singleElement()
          .satisfies(OtlpExportTest::isTheDeclinedPayment);
    }
    ReceivedSpan release = only(trace, "InventoryService.release");
    assertThat(release.parentSpanId()).isEqualTo(only(trace, "OrderService.placeOrder").spanId());
    assertThat(release.attributes()).containsOnly(entry("reservation.id", str("R-103")));
    assertThat(trace)
        .filteredOn(span -> !FAILED_SPANS.contains(span.name()))
        .hasSize(5)
        .allSatisfy(OtlpExportTest::assertUnset);
  }

  @Test
  void theOrdersThatWentThroughHaveNoErrorAnywhere() {
    for (Expected order : ORDERS) {
      if (order.payment() != null) {
        assertThat(trace(root(order))).allSatisfy(OtlpExportTest::assertUnset);
      }
    }
  }

  @Test
  void shippingRatesAreLoadedInATraceOfTheirOwnDuringTheFirstPricing() {
    ReceivedSpan load = only(spans, "ShippingRates.load");
    assertThat(load.parentSpanId()).isEmpty();
    assertThat(trace(load)).containsExactly(load);
    ReceivedSpan firstPricing = only(trace(root(ORDERS.get(0))), "PricingService.price");
    assertThat(load.span().getStartTimeUnixNano())
        .isBetween(
            firstPricing.span().getStartTimeUnixNano(), firstPricing.span().getEndTimeUnixNano());
  }

  private static void isTheDeclinedPayment(Event event) {
    assertThat(event.getName()).isEqualTo("exception");
    assertThat(ReceivedSpan.toMap(event.getAttributesList()))
        .containsEntry("exception.type", str(PaymentDeclinedException.class.getName()))
        .containsEntry("exception.message", str(DECLINED))
        .hasEntrySatisfying(
            "exception.stacktrace",
            trace -> assertThat(trace.getStringValue()).contains("PaymentService.charge"));
  }

  private static void assertUnset(ReceivedSpan span) {
    assertThat(span.span().getStatus().getCode())
        .as(span.name())
        .isEqualTo(StatusCode.STATUS_CODE_UNSET);
    assertThat(span.span().getEventsList()).as(span.name()).isEmpty();
  }

  /** The root span of {@code order}'s trace, found by its {@code order.id} tag. */
  private static ReceivedSpan root(Expected order) {
    Predicate<ReceivedSpan> isRoot =
        span ->
            span.name().equals("OrderService.placeOrder")
                && str(order.id()).equals(span.attributes().get("order.id"));
    List<ReceivedSpan> roots = spans.stream().filter(isRoot).collect(toList());
    assertThat(roots).as("roots of %s among %s", order.id(), spans).hasSize(1);
    return roots.get(0);
  }

  /** Every received span with the trace id of {@code member}. */
  private static List<ReceivedSpan> trace(ReceivedSpan member) {
    return spans.stream().filter(span -> span.traceId().equals(member.traceId())).collect(toList());
  }

  /** The one span named {@code name} among {@code candidates}. */
  private static ReceivedSpan only(List<ReceivedSpan> candidates, String name) {
    List<ReceivedSpan> named =
        candidates.stream().filter(span -> span.name().equals(name)).collect(toList());
    assertThat(named).as("spans named %s among %s", name, candidates).hasSize(1);
    return named.get(0);
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static AnyValue str(String value) {
    return AnyValue.newBuilder().setStringValue(value).build();
  }

  private static AnyValue int64(long value) {
    return AnyValue.newBuilder().setIntValue(value).build();
  }

  private static AnyValue bool(boolean value) {
    return AnyValue.newBuilder().setBoolValue(value).build();
  }

  private static AnyValue dbl(double value) {
    return AnyValue.newBuilder().setDoubleValue(value).build();
  }
}
