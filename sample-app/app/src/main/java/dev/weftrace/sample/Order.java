package dev.weftrace.sample;

import java.util.List;

/**
 * An order as the shop's front end submits it: who buys what, how fast it ships, and the payment
 * card's token. An immutable record, so that the services can pass it around freely.
 */
public record Order(
    String id, String customerId, List<LineItem> items, boolean express, String cardToken) {

  /** Copies {@code items}, so that a caller cannot change an order after placing it. */
  public Order {
    items = List.copyOf(items);
  }

  /** The number of units over all lines. */
  public int itemCount() {
    return items.stream().mapToInt(LineItem::quantity).sum();
  }

  /** The sum of the lines' prices, in whole cents. */
  public double subtotal() {
    return Money.cents(items.stream().mapToDouble(i -> i.quantity() * i.unitPrice()).sum());
  }
}
