package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Traced methods whose spans end when the returned stage completes. */
public class Async {

  /** Returns {@code future} itself, not yet complete. */
  @Trace
  public CompletableFuture<String> pending(
      @SpanTag("job") String job, CompletableFuture<String> future) {
    return future;
  }

  /** Declared as a {@code CompletionStage}: handled the same way. */
  @Trace
  public CompletionStage<String> pendingStage(CompletableFuture<String> future) {
    return future.minimalCompletionStage();
  }

  /** Already complete when it returns. */
  @Trace
  public CompletableFuture<String> done() {
    return CompletableFuture.completedFuture("done");
  }

  /** A null stage ends the span at once. */
  @Trace
  public CompletableFuture<String> nothing() {
    return null;
  }

  /** Fails through a dependent stage: the error arrives wrapped in a CompletionException. */
  @Trace
  public CompletableFuture<String> failsInStage(CompletableFuture<String> source) {
    return source.thenApply(
        value -> {
          throw new IllegalStateException("stage failed on " + value);
        });
  }

  /** Declared {@code Object}: not treated as async even when a future is returned. */
  @Trace
  public Object untypedFuture(CompletableFuture<String> future) {
    return future;
  }
}
