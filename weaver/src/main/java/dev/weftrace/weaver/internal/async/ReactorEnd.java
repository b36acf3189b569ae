package dev.weftrace.weaver.internal.async;

import java.util.concurrent.CancellationException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactor {@link Mono} and {@link Flux}: returns the publisher decorated to end on the first
 * subscription's terminal signal (a {@code Mono}'s value or empty completion, a {@code Flux}'s
 * completion, an error) or its cancellation. Later subscriptions are not traced again; a publisher
 * never subscribed never ends its span (which is then garbage with the publisher).
 */
final class ReactorEnd implements AsyncEnd {

  @Override
  public boolean follows(Class<?> declaredType) {
    return declaredType == Mono.class || declaredType == Flux.class;
  }

  @Override
  public boolean handles(Object result) {
    return result instanceof Mono || result instanceof Flux;
  }

  @Override
  public Object endWhenComplete(Object result, Ending ending) {
    if (result instanceof Mono) {
      return ((Mono<?>) result)
          .doOnSuccess(value -> ending.end(value, null))
          .doOnError(error -> ending.end(null, error))
          .doOnCancel(() -> ending.end(null, cancelled()));
    }
    return ((Flux<?>) result)
        .doOnComplete(() -> ending.end(null, null))
        .doOnError(error -> ending.end(null, error))
        .doOnCancel(() -> ending.end(null, cancelled()));
  }

  private static CancellationException cancelled() {
    return new CancellationException("cancelled by subscriber");
  }
}
