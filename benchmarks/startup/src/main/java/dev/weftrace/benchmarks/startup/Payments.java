package dev.weftrace.benchmarks.startup;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;

/**
 * Charges the customer, standing in for a call to a card gateway (a {@code CLIENT} span); the
 * payment id is derived from the order and the amount, so every run charges the same ids.
 */
final class Payments {

  /** Charges {@code amountCents} for order {@code orderId}; returns the payment id. */
  @Trace(kind = Trace.Kind.CLIENT, resourceName = "POST /v1/charges")
  @WithSpan(value = "Payments.charge", kind = SpanKind.CLIENT)
  @datadog.trace.api.Trace(operationName = "payment.charge", resourceName = "POST /v1/charges")
  String charge(
      @SpanTag("order.id") @SpanAttribute("order.id") String orderId,
      @SpanTag("amount.cents") @SpanAttribute("amount.cents") long amountCents) {
    long hash = orderId.hashCode() * 31L + amountCents;
    return "P-" + Long.toHexString(hash ^ (hash >>> 17));
  }
}
