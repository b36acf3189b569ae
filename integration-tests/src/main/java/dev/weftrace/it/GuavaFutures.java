package dev.weftrace.it;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.ListenableFuture;
import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

/** Traced methods returning Guava futures: their spans end when the future completes. */
public class GuavaFutures {

  /** Returns {@code future} itself. */
  @Trace
  @SpanTag("reply")
  public ListenableFuture<String> pending(
      @SpanTag("job") String job, ListenableFuture<String> future) {
    return future;
  }

  /** A {@code FluentFuture}, a subtype, is followed the same way. */
  @Trace
  @SpanTag("reply")
  public FluentFuture<String> fluent(ListenableFuture<String> future) {
    return FluentFuture.from(future);
  }
}
