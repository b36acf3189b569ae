package dev.weftrace.e2e;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.SpanTags;

/**
 * Tags from code, two weftrace spans below a root the agent made: the customer on the local root, a
 * cache hit on the current span.
 */
public class CustomerLookup {

  /** Looks the customer up through {@link #fromCache}. */
  @Trace
  public String find(@SpanTag("customer") String customerId) {
    return fromCache(customerId);
  }

  @Trace
  private String fromCache(String customerId) {
    SpanTags.localRoot().tag("customer.id", customerId).tag("customer.orders", 2);
    SpanTags.current().tag("cache.hit", true).tag("cache.size", 41);
    return "customer " + customerId;
  }
}
