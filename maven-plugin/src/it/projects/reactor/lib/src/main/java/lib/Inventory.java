package lib;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

public class Inventory {
  @Trace
  public boolean reserve(@SpanTag(value = "sku", path = "sku") Item item) {
    return !item.getSku().isEmpty();
  }
}
