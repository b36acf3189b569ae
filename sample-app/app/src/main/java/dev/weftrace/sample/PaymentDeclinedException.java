package dev.weftrace.sample;

/**
 * The payment provider refused the charge. Checked, because declines are an expected outcome that
 * the caller of {@link OrderService#placeOrder} must handle; weftrace records it on the spans and
 * lets the very same instance through.
 */
public class PaymentDeclinedException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * A decline with the provider's reason, for example {@code "card declined: insufficient funds"}.
   */
  public PaymentDeclinedException(String message) {
    super(message);
  }
}
