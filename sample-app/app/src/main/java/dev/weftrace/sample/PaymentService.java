package dev.weftrace.sample;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The client of a (simulated) remote payment provider. */
public class PaymentService {

  private final Set<String> declinedCards;
  private final AtomicInteger payments = new AtomicInteger();

  /** A provider that declines the cards whose tokens are in {@code declinedCards}. */
  public PaymentService(Set<String> declinedCards) {
    this.declinedCards = Set.copyOf(declinedCards);
  }

  /**
   * Charges {@code amount} to the card and returns the payment's id. A {@code CLIENT} span named
   * like the provider's operation, with the endpoint as its resource. The card token is
   * deliberately not a tag: secrets have no place in traces.
   *
   * @throws PaymentDeclinedException when the provider refuses the card; the span records it as an
   *     error, and the caller gets the same exception
   */
  @Trace(
      operationName = "payment.charge",
      resourceName = "POST /v1/charges",
      kind = Trace.Kind.CLIENT)
  public String charge(
      @SpanTag("order.id") String orderId, @SpanTag("amount") double amount, String cardToken)
      throws PaymentDeclinedException {
    Latency.simulate(8);
    if (declinedCards.contains(cardToken)) {
      throw new PaymentDeclinedException("card declined: insufficient funds");
    }
    return "P-" + (500 + payments.incrementAndGet());
  }
}
