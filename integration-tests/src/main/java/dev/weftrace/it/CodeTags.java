package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.SpanTags;
import io.opentelemetry.context.Context;
import java.util.concurrent.Executor;

/** Traced methods that tag from code with {@link SpanTags}. */
public class CodeTags {

  /** The request: its span is the local root when nothing outside weftrace made one. */
  @Trace(operationName = "orders.handle")
  public String handle(@SpanTag("order.id") String orderId, String customerId) {
    return load(customerId);
  }

  @Trace(operationName = "orders.load")
  String load(String customerId) {
    SpanTags.localRoot().tag("customer.id", customerId).tag("customer.orders", 3L);
    SpanTags.current().tag("cache.hit", false).tag("load.ratio", 0.25);
    return "loaded " + customerId;
  }

  /**
   * Returns at once; the follow-up runs later on {@code executor}, in this call's context, and tags
   * the local root after its span has ended.
   */
  @Trace(operationName = "orders.submit")
  public void submit(String customerId, Executor executor, Runnable then) {
    executor.execute(
        Context.current()
            .wrap(
                () -> {
                  SpanTags.localRoot().tag("late.customer.id", customerId);
                  SpanTags.current().tag("late.current", true);
                  then.run();
                }));
  }
}
