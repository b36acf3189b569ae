package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;

/** Traced methods returning RxJava 3 sources: their spans end on the terminal signal. */
public class RxJava {

  @Trace
  @SpanTag("reply")
  public Single<String> single(@SpanTag("job") String job, Single<String> source) {
    return source;
  }

  @Trace
  @SpanTag("reply")
  public Maybe<String> maybe(Maybe<String> source) {
    return source;
  }

  @Trace
  public Completable completable(Completable source) {
    return source;
  }

  @Trace
  public Observable<Integer> observable(@SpanTag("count") int count) {
    return Observable.range(1, count);
  }

  @Trace
  public Flowable<Long> flowable(Flowable<Long> source) {
    return source;
  }
}
