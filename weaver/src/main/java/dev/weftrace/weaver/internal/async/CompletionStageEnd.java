package dev.weftrace.weaver.internal.async;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * {@link CompletionStage} (and so {@code CompletableFuture}): ends when the stage completes,
 * normally, exceptionally or by cancellation. Returns the stage itself.
 */
final class CompletionStageEnd implements AsyncEnd {

  @Override
  public boolean follows(Class<?> declaredType) {
    return CompletionStage.class.isAssignableFrom(declaredType);
  }

  @Override
  public boolean handles(Object result) {
    return result instanceof CompletionStage;
  }

  @Override
  public Object endWhenComplete(Object result, Ending ending) {
    ((CompletionStage<?>) result).whenComplete(ending); // the ending unwraps (see Ending.accept)
    return result;
  }

  /** A stage completed by a throwing function reports {@code CompletionException(cause)}. */
  static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
