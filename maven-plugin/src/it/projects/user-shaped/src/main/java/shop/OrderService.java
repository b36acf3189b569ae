package shop;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

public class OrderService {

  @Trace(operationName = "orders.place")
  public String place(@SpanTag(value = "order.id", path = "id") Order order) {
    return check(order) + ":" + order.getLines();
  }

  @Trace
  private String check(Order order) {
    return order.getId().toUpperCase();
  }

  /** Traced classes nested in others are woven too. */
  public static class Pricing {
    @Trace
    public double price(@SpanTag int lines) {
      return lines * 2.5;
    }
  }
}
