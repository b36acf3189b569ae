package dev.weftrace.it.stress;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A traced method whose span lasts until the future it creates is completed by someone else. */
public class Jobs {

  /**
   * Creates a pending future, hands it to {@code created} (so that a caller can check it gets this
   * very object back) and returns it. The span is tagged {@code job}.
   */
  @Trace
  public CompletableFuture<Long> start(
      @SpanTag("job") long job, Consumer<CompletableFuture<Long>> created) {
    CompletableFuture<Long> future = new CompletableFuture<>();
    created.accept(future);
    return future;
  }
}
