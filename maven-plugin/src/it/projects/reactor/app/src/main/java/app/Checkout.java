package app;

import dev.weftrace.annotation.Trace;
import lib.Inventory;
import lib.Item;

public class Checkout {
  @Trace
  public String checkout(String sku) {
    return new Inventory().reserve(new Item(sku)) ? new Receipt().print(sku) : "none";
  }
}
