package dev.weftrace.e2e;

/** What {@link PaymentClient#charge} throws for a declined card; its caller recovers from it. */
public final class PaymentDeclinedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PaymentDeclinedException(String message) {
    super(message);
  }
}
