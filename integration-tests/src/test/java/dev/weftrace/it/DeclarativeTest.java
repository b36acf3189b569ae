package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeclarativeTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  void classLevelTraceTracesEachPublicMethodWithTheClassAttributes() {
    assertThat(Declarative.Gateway.connect().charge(1200)).isEqualTo("ch-1200-30");

    assertThat(tracing.names()).containsExactly("Gateway.connect", "Gateway.charge");
    SpanData charge = tracing.only("Gateway.charge");
    assertThat(charge.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(SpanCapture.attributes(charge))
        .isEqualTo(
            Attributes.builder()
                .put(stringKey("team"), "payments")
                .put(stringKey("peer.service"), "gateway")
                .put(longKey("charge.cents"), 1200L)
                .build());
  }

  @Test
  void privateMethodsAndObjectMethodsOfATracedClassAreNotTraced() {
    Declarative.Gateway gateway = new Declarative.Gateway();

    assertThat(gateway.toString()).isEqualTo("Gateway");

    assertThat(tracing.spans()).isEmpty();
  }

  @Test
  void methodLevelTraceReplacesTheClassLevelOne() {
    new Declarative.Gateway().refund();

    SpanData refund = tracing.only("gateway.refund");
    assertThat(refund.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(refund.getAttributes().isEmpty()).isTrue();
  }

  @Test
  void enabledFalseLeavesOneMethodOfATracedClassOut() {
    assertThat(new Declarative.Gateway().ping()).isEqualTo("pong");

    assertThat(tracing.spans()).isEmpty();
  }

  @Test
  void recordAccessorsUnderAClassLevelTraceAreNotTraced() {
    Declarative.Parcel parcel = new Declarative.Parcel("p-1", 100).heavier(50);

    assertThat(parcel.grams()).isEqualTo(150);
    assertThat(parcel.id()).isEqualTo("p-1");

    assertThat(tracing.names()).containsExactly("Parcel.heavier");
  }

  @Test
  void pathsAndRepeatedTagsAndTheReturnValueBecomeAttributes() {
    Declarative.Customer customer =
        new Declarative.Customer("c-1", new Declarative.Address("Lyon", 69001), true);
    customer.nickname = "Sam";

    assertThat(new Declarative.Shop().order(customer, 3)).isEqualTo(750L);

    assertThat(SpanCapture.attributes(tracing.only("Shop.order")))
        .isEqualTo(
            Attributes.builder()
                .put(stringKey("customer.id"), "c-1")
                .put(stringKey("customer.city"), "Lyon")
                .put(longKey("customer.zip"), 69001L)
                .put(booleanKey("customer.vip"), true)
                .put(stringKey("customer.nickname"), "Sam")
                .put(longKey("items"), 3L)
                .put(longKey("order.total"), 750L)
                .build());
  }

  @Test
  void parameterWithOnlyRepeatedTagsIsTagged() {
    new Declarative.Shop().visit(new Declarative.Customer("c-2", null, true));

    assertThat(SpanCapture.attributes(tracing.only("Shop.visit")))
        .isEqualTo(
            Attributes.builder()
                .put(stringKey("visitor.id"), "c-2")
                .put(booleanKey("visitor.vip"), true)
                .build());
  }

  @Test
  void nullAlongAPathLeavesOnlyThoseTagsOut() {
    Declarative.Customer customer = new Declarative.Customer(null, null, false);

    new Declarative.Shop().order(customer, 1);

    assertThat(SpanCapture.attributes(tracing.only("Shop.order")))
        .isEqualTo(
            Attributes.builder()
                .put(booleanKey("customer.vip"), false)
                .put(longKey("items"), 1L)
                .put(longKey("order.total"), 250L)
                .build());
  }

  @Test
  void completedValueIsTaggedWhenTheFutureCompletes() {
    CompletableFuture<Declarative.Receipt> pending = new CompletableFuture<>();
    new Declarative.Shop().pay(pending);
    assertThat(tracing.spans()).isEmpty();

    pending.complete(new Declarative.Receipt("r-9", 4200));

    assertThat(SpanCapture.attributes(tracing.only("Shop.pay")))
        .isEqualTo(
            Attributes.builder()
                .put(stringKey("receipt.id"), "r-9")
                .put(longKey("receipt.cents"), 4200L)
                .build());
  }

  @Test
  void failedCallHasNoResultTags() {
    catchThrowable(() -> new Declarative.Shop().lookup(true));
    new Declarative.Shop().lookup(false);

    assertThat(tracing.spans())
        .extracting(SpanCapture::attributes)
        .containsExactly(Attributes.empty(), Attributes.of(stringKey("lookup.result"), "found"));
  }
}
