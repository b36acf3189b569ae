package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.testing.datadog.WireSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What Datadog receives from {@link CheckoutProgram}, whichever bridge weftrace uses: the woven
 * program runs once per subclass, in a JVM of its own under the real dd-java-agent, and every test
 * asserts one aspect of the decoded spans. Subclasses choose the JVM flags and say how the agent
 * presents operation names on their path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CheckoutOnTheWireTest {

  /** Two orders, five spans each. */
  private static final int SPANS = 10;

  private AgentRun run;
  private WireTrace paid;
  private WireTrace declined;

  /** Flags for the forked JVM, beyond those every run gets. */
  abstract List<String> flags();

  /** The value of {@code _dd.integration} the agent stamps on spans coming through this path. */
  abstract String integration();

  /** The operation name Datadog shows for a span whose weftrace name is {@code declared}. */
  abstract String operationName(String declared);

  @BeforeAll
  void runCheckout() throws Exception {
    run = AgentRun.of(SPANS, flags(), CheckoutProgram.class);
    assertThat(run.result().stdout())
        .as("program output of\n%s", run.describe())
        .contains("ORD-1 reserved R-sku-42-3, paid P-ORD-1")
        .contains("ORD-2 declined: card declined: 1250.0 is over the limit")
        .contains("done");
    assertThat(run.spans()).as("spans of\n%s", run.describe()).hasSize(SPANS);
    List<WireTrace> traces = run.traces();
    assertThat(traces).as("traces of\n%s", run.describe()).hasSize(2);
    paid = WireTrace.withRootTag(traces, "order.id", "ORD-1");
    declined = WireTrace.withRootTag(traces, "order.id", "ORD-2");
  }

  @Test
  void eachOrderIsOneTraceOfItsFiveSpans() {
    for (WireTrace trace : List.of(paid, declined)) {
      assertThat(trace.names())
          .as("operation names in\n%s", trace)
          .containsExactlyInAnyOrder(
              operationName("Checkout.placeOrder"),
              operationName("Checkout.validate"),
              operationName("Inventory.reserve"),
              operationName("inventory.stock_level"),
              operationName("payment.charge"));
    }
  }

  @Test
  void resourceIsResourceNameElseClassAndMethod() {
    for (WireTrace trace : List.of(paid, declined)) {
      assertThat(trace.named(operationName("Checkout.placeOrder")).resource())
          .isEqualTo("POST /checkout");
      assertThat(trace.named(operationName("payment.charge")).resource())
          .isEqualTo("POST /v1/charges");
      assertThat(trace.named(operationName("Checkout.validate")).resource())
          .isEqualTo("Checkout.validate");
      assertThat(trace.named(operationName("Inventory.reserve")).resource())
          .isEqualTo("Inventory.reserve");
      // An operation name alone does not become the resource.
      assertThat(trace.named(operationName("inventory.stock_level")).resource())
          .isEqualTo("Inventory.stockLevel");
    }
  }

  @Test
  void childrenPointAtTheSpanThatWasCurrentWhenTheyStarted() {
    for (WireTrace trace : List.of(paid, declined)) {
      WireSpan placeOrder = trace.named(operationName("Checkout.placeOrder"));
      WireSpan reserve = trace.named(operationName("Inventory.reserve"));
      assertThat(trace.root()).isEqualTo(placeOrder);
      assertThat(trace.named(operationName("Checkout.validate")).isChildOf(placeOrder)).isTrue();
      assertThat(reserve.isChildOf(placeOrder)).isTrue();
      assertThat(trace.named(operationName("payment.charge")).isChildOf(placeOrder)).isTrue();
      assertThat(trace.named(operationName("inventory.stock_level")).isChildOf(reserve)).isTrue();
    }
    assertThat(paid.root().traceId()).isNotEqualTo(declined.root().traceId());
  }

  @Test
  void serviceIsTheAnnotationsElseTheAgentsConfiguredOne() {
    for (WireSpan span : run.spans()) {
      String expected =
          span.name().equals(operationName("payment.charge"))
              ? "payment-gateway"
              : AgentJvm.SERVICE;
      assertThat(span.service()).as("service of %s", span).isEqualTo(expected);
    }
  }

  @Test
  void spanTypeIsTheAnnotationsElseNone() {
    for (WireSpan span : run.spans()) {
      String expected =
          span.name().equals(operationName("payment.charge"))
              ? "http"
              : span.name().equals(operationName("Checkout.placeOrder")) ? "web" : null;
      assertThat(span.type()).as("type of %s", span).isEqualTo(expected);
    }
  }

  @Test
  void agentNamesTheBridgeAsTheIntegration() {
    assertThat(run.spans())
        .extracting(span -> span.meta("_dd.integration"))
        .containsOnly(integration());
  }

  @Test
  void stringAndBooleanParametersAreMetaNumbersAreMetrics() {
    WireSpan placeOrder = paid.named(operationName("Checkout.placeOrder"));
    assertThat(placeOrder.meta())
        .as("meta of %s", placeOrder)
        .containsEntry("order.id", "ORD-1")
        .containsEntry("sku", "sku-42")
        .containsEntry("express", "true");
    assertThat(placeOrder.metrics())
        .as("metrics of %s", placeOrder)
        .containsEntry("units", 3.0)
        .containsEntry("amount", 59.85);

    WireSpan charge = paid.named(operationName("payment.charge"));
    assertThat(charge.meta()).containsEntry("order.id", "ORD-1");
    assertThat(charge.metrics()).containsEntry("amount", 59.85);

    WireSpan reserve = paid.named(operationName("Inventory.reserve"));
    assertThat(reserve.meta()).containsEntry("sku", "sku-42");
    assertThat(reserve.metrics()).containsEntry("units", 3.0);

    assertThat(declined.named(operationName("Checkout.placeOrder")).meta())
        .containsEntry("express", "false");
  }

  @Test
  void untaggedParametersAreNotRecorded() {
    WireSpan validate = paid.named(operationName("Checkout.validate"));
    assertThat(validate.meta()).doesNotContainKeys("orderId", "order.id");
    assertThat(validate.metrics()).doesNotContainKey("units");
  }

  @Test
  void weftraceAttributesBecomeSpanFieldsNotTags() {
    List<String> leftAsTags =
        run.spans().stream()
            .flatMap(
                span ->
                    Stream.of("operation.name", "resource.name", "service.name", "span.type")
                        .filter(span.meta()::containsKey)
                        .map(key -> span.name() + " has tag " + key + "=" + span.meta(key)))
            .toList();
    assertThat(leftAsTags).isEmpty();
  }

  @Test
  void clientAndServerKindsAreInMeta() {
    for (WireTrace trace : List.of(paid, declined)) {
      assertThat(trace.named(operationName("Checkout.placeOrder")).meta("span.kind"))
          .isEqualTo("server");
      assertThat(trace.named(operationName("payment.charge")).meta("span.kind"))
          .isEqualTo("client");
    }
  }

  @Test
  void onlyMeasuredSpansCarryTheMeasuredMetric() {
    for (WireSpan span : run.spans()) {
      if (span.name().equals(operationName("Inventory.reserve"))) {
        assertThat(span.metric("_dd.measured")).as("_dd.measured of %s", span).isEqualTo(1.0);
      } else {
        assertThat(span.metrics()).as("metrics of %s", span).doesNotContainKey("_dd.measured");
      }
      assertThat(span.meta()).as("meta of %s", span).doesNotContainKey("_dd.measured");
    }
  }

  @Test
  void theThrowingSpanAndTheSpanItPropagatedThroughAreErrors() {
    String message = "card declined: 1250.0 is over the limit";
    for (String name : List.of("payment.charge", "Checkout.placeOrder")) {
      WireSpan span = declined.named(operationName(name));
      assertThat(span.error()).as("error of %s", span).isEqualTo(1);
      assertThat(span.meta())
          .as("meta of %s", span)
          .containsEntry("error.message", message)
          .containsEntry("error.type", PaymentDeclinedException.class.getName());
      assertThat(span.meta("error.stack"))
          .as("error.stack of %s", span)
          .startsWith(PaymentDeclinedException.class.getName() + ": " + message)
          .contains("at " + PaymentClient.class.getName() + ".charge");
    }
  }

  @Test
  void spansThatDidNotThrowAreNotErrors() {
    List<String> thrown =
        List.of(operationName("payment.charge"), operationName("Checkout.placeOrder"));
    List<WireSpan> clean = new ArrayList<>(paid.spans());
    declined.spans().stream().filter(span -> !thrown.contains(span.name())).forEach(clean::add);
    assertThat(clean).hasSize(8);
    for (WireSpan span : clean) {
      assertThat(span.error()).as("error of %s", span).isZero();
      assertThat(span.meta())
          .as("meta of %s", span)
          .doesNotContainKeys("error.message", "error.type", "error.stack");
    }
  }
}
