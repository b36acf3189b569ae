package dev.weftrace.sample;

/** One line of an order: {@code quantity} units of {@code sku} at the price shown in the cart. */
public record LineItem(String sku, int quantity, double unitPrice) {

  /** Rejects lines no shop would accept, so that every line in an order is meaningful. */
  public LineItem {
    if (sku == null || sku.isBlank()) {
      throw new IllegalArgumentException("sku is blank");
    }
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
  }
}
