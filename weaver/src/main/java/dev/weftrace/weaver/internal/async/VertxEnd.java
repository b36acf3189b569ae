package dev.weftrace.weaver.internal.async;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;

/**
 * Vert.x {@link Future} (4.x and 5.x): ends when the future completes, with its value or its
 * failure; Vert.x futures cannot be cancelled. Returns the future itself.
 */
final class VertxEnd implements AsyncEnd {

  @Override
  public boolean follows(Class<?> declaredType) {
    return Future.class.isAssignableFrom(declaredType);
  }

  @Override
  public boolean handles(Object result) {
    return result instanceof Future;
  }

  @Override
  public Object endWhenComplete(Object result, Ending ending) {
    // Typed as a Handler: Vert.x 5 overloads onComplete, and this one exists in 4.x and 5.x.
    Handler<AsyncResult<Object>> handler =
        completed -> {
          if (completed.succeeded()) {
            ending.end(completed.result(), null);
          } else {
            ending.end(null, completed.cause());
          }
        };
    @SuppressWarnings("unchecked")
    Future<Object> future = (Future<Object>) result;
    future.onComplete(handler);
    return result;
  }
}
