package dev.weftrace.weaver.internal.async;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import java.util.concurrent.CancellationException;

/**
 * RxJava 3 {@link Single}, {@link Maybe}, {@link Completable}, {@link Observable} and {@link
 * Flowable}: returns the source decorated to end on the first subscription's terminal signal (a
 * {@code Single}'s or {@code Maybe}'s value, an empty {@code Maybe}'s or the others' completion, an
 * error) or its disposal (cancellation, for a {@code Flowable}). Later subscriptions are not traced
 * again; a source never subscribed never ends its span.
 */
final class RxJava3End implements AsyncEnd {

  @Override
  public boolean follows(Class<?> declaredType) {
    return declaredType == Single.class
        || declaredType == Maybe.class
        || declaredType == Completable.class
        || declaredType == Observable.class
        || declaredType == Flowable.class;
  }

  @Override
  public boolean handles(Object result) {
    return result instanceof Single
        || result instanceof Maybe
        || result instanceof Completable
        || result instanceof Observable
        || result instanceof Flowable;
  }

  @Override
  public Object endWhenComplete(Object result, Ending ending) {
    if (result instanceof Single) {
      return ((Single<?>) result)
          .doOnSuccess(value -> ending.end(value, null))
          .doOnError(error -> ending.end(null, error))
          .doOnDispose(() -> ending.end(null, disposed()));
    }
    if (result instanceof Maybe) {
      return ((Maybe<?>) result)
          .doOnSuccess(value -> ending.end(value, null))
          .doOnComplete(() -> ending.end(null, null))
          .doOnError(error -> ending.end(null, error))
          .doOnDispose(() -> ending.end(null, disposed()));
    }
    if (result instanceof Completable) {
      return ((Completable) result)
          .doOnComplete(() -> ending.end(null, null))
          .doOnError(error -> ending.end(null, error))
          .doOnDispose(() -> ending.end(null, disposed()));
    }
    if (result instanceof Observable) {
      return ((Observable<?>) result)
          .doOnComplete(() -> ending.end(null, null))
          .doOnError(error -> ending.end(null, error))
          .doOnDispose(() -> ending.end(null, disposed()));
    }
    return ((Flowable<?>) result)
        .doOnComplete(() -> ending.end(null, null))
        .doOnError(error -> ending.end(null, error))
        .doOnCancel(() -> ending.end(null, disposed()));
  }

  private static CancellationException disposed() {
    return new CancellationException("disposed by subscriber");
  }
}
