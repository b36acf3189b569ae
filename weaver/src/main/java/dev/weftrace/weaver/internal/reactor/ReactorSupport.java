package dev.weftrace.weaver.internal.reactor;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Ends the span of a method that returns a Reactor {@link Mono} or {@link Flux} on the publisher's
 * terminal signal (value or completion, error) or on cancellation, instead of when the method
 * returns. Loaded only for such methods, so that Reactor is an optional dependency.
 *
 * <p>Unlike a {@code CompletionStage}, a publisher does its work when subscribed: the method
 * returns a decorated publisher (the same type, not the same object). Its span ends once, on the
 * first subscription's terminal signal; later subscriptions are not traced again, and a publisher
 * never subscribed never ends its span (which is then garbage with the publisher: nothing grows).
 */
public final class ReactorSupport {

  private ReactorSupport() {}

  /** Whether {@code value} is a publisher this class decorates. */
  public static boolean handles(Object value) {
    return value instanceof Mono || value instanceof Flux;
  }

  /** {@code publisher}, decorated to call {@code ending} once when it terminates. */
  public static Object onTermination(Object publisher, Ending ending) {
    Once once = new Once(ending);
    if (publisher instanceof Mono) {
      return ((Mono<?>) publisher)
          .doOnSuccess(value -> once.end(value, null))
          .doOnError(error -> once.end(null, error))
          .doOnCancel(() -> once.end(null, new CancellationException("cancelled by subscriber")));
    }
    return ((Flux<?>) publisher)
        .doOnComplete(() -> once.end(null, null))
        .doOnError(error -> once.end(null, error))
        .doOnCancel(() -> once.end(null, new CancellationException("cancelled by subscriber")));
  }

  /** What to do at the end: the value a {@code Mono} emitted (or {@code null}), or the error. */
  @FunctionalInterface
  public interface Ending {
    void end(Object value, Throwable error);
  }

  /** Calls its ending at most once, whatever signals follow. */
  private static final class Once {
    private final AtomicBoolean done = new AtomicBoolean();
    private final Ending ending;

    Once(Ending ending) {
      this.ending = ending;
    }

    void end(Object value, Throwable error) {
      if (done.compareAndSet(false, true)) {
        ending.end(value, error);
      }
    }
  }
}
