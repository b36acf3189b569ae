package app;

import dev.weftrace.annotation.Trace;

public class Receipt {
  @Trace
  public String print(String sku) {
    return "receipt " + sku;
  }
}
