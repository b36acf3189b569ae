package dev.weftrace.e2e;

/**
 * A checkout run twice: an order that goes through, then one whose payment is declined, which the
 * program reports and gets past. Each order is one trace of five spans; the program exits normally,
 * so the agent flushes everything at shutdown.
 */
public final class CheckoutProgram {

  private CheckoutProgram() {}

  public static void main(String[] args) {
    Checkout checkout = new Checkout(new Inventory(), new PaymentClient());
    System.out.println(checkout.placeOrder("ORD-1", "sku-42", 3, true, 59.85));
    try {
      checkout.placeOrder("ORD-2", "sku-7", 1, false, 1250.0);
      System.out.println("ORD-2 unexpectedly paid");
    } catch (PaymentDeclinedException declined) {
      System.out.println("ORD-2 declined: " + declined.getMessage());
    }
    System.out.println("done");
  }
}
