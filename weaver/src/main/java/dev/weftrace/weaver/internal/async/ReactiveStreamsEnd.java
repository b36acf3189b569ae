package dev.weftrace.weaver.internal.async;

import java.util.concurrent.CancellationException;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A method declared to return exactly a Reactive Streams {@link Publisher}, whatever library
 * implements it: returns a publisher that subscribes to the original and ends on the first
 * subscription's {@code onComplete}, {@code onError} or cancellation. Later subscriptions are not
 * traced again; a publisher never subscribed never ends its span. Publishers whose library has its
 * own strategy (Reactor, RxJava) are declared as their own types, so they do not come here.
 */
final class ReactiveStreamsEnd implements AsyncEnd {

  @Override
  public boolean follows(Class<?> declaredType) {
    return declaredType == Publisher.class;
  }

  @Override
  public boolean handles(Object result) {
    return result instanceof Publisher;
  }

  @Override
  public Object endWhenComplete(Object result, Ending ending) {
    return endingOn((Publisher<?>) result, ending);
  }

  private static <T> Publisher<T> endingOn(Publisher<T> source, Ending ending) {
    return subscriber -> source.subscribe(new EndingSubscriber<T>(subscriber, ending));
  }

  /** Passes every signal on, and calls the ending before passing a terminal one. */
  private static final class EndingSubscriber<T> implements Subscriber<T>, Subscription {
    private final Subscriber<? super T> downstream;
    private final Ending ending;
    private Subscription upstream;

    EndingSubscriber(Subscriber<? super T> downstream, Ending ending) {
      this.downstream = downstream;
      this.ending = ending;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      upstream = subscription;
      downstream.onSubscribe(this);
    }

    @Override
    public void onNext(T item) {
      downstream.onNext(item);
    }

    @Override
    public void onError(Throwable error) {
      ending.end(null, error);
      downstream.onError(error);
    }

    @Override
    public void onComplete() {
      ending.end(null, null);
      downstream.onComplete();
    }

    @Override
    public void request(long n) {
      upstream.request(n);
    }

    @Override
    public void cancel() {
      ending.end(null, new CancellationException("cancelled by subscriber"));
      upstream.cancel();
    }
  }
}
