package dev.weftrace.weaver.internal.async;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;

/**
 * Guava {@link ListenableFuture} (and so {@code FluentFuture}, {@code SettableFuture}): ends when
 * the future completes, with its value, its failure (the cause, not the {@code ExecutionException})
 * or a {@code CancellationException} when cancelled. Returns the future itself.
 */
final class GuavaEnd implements AsyncEnd {

  @Override
  public boolean follows(Class<?> declaredType) {
    return ListenableFuture.class.isAssignableFrom(declaredType);
  }

  @Override
  public boolean handles(Object result) {
    return result instanceof ListenableFuture;
  }

  @Override
  public Object endWhenComplete(Object result, Ending ending) {
    Futures.addCallback(
        (ListenableFuture<?>) result,
        new FutureCallback<Object>() {
          @Override
          public void onSuccess(Object value) {
            ending.end(value, null);
          }

          @Override
          public void onFailure(Throwable error) {
            ending.end(null, error);
          }
        },
        MoreExecutors.directExecutor());
    return result;
  }
}
