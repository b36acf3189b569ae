package dev.weftrace.it;

import dev.weftrace.annotation.Trace;

/** One traced method per {@code @Trace} attribute. */
public class Attributes {

  @Trace
  public void defaults() {}

  @Trace(operationName = "orders.lookup")
  public void named() {}

  @Trace(resourceName = "GET /orders/{id}")
  public void withResource() {}

  @Trace(kind = Trace.Kind.SERVER)
  public void server() {}

  @Trace(kind = Trace.Kind.CLIENT)
  public void client() {}

  @Trace(kind = Trace.Kind.PRODUCER)
  public void producer() {}

  @Trace(kind = Trace.Kind.CONSUMER)
  public void consumer() {}

  @Trace(noParent = true)
  public void detached() {}

  @Trace(measured = true)
  public void measured() {}

  /** A traced parent that calls {@link #detached()} and {@link #defaults()}. */
  @Trace
  public void parentOfDetachedAndAttached() {
    detached();
    defaults();
  }
}
