package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import org.reactivestreams.Publisher;

/**
 * A traced method declared to return a Reactive Streams {@code Publisher}: its span ends on the
 * publisher's terminal signal, whatever library implements it.
 */
public class Streams {

  @Trace
  public Publisher<Long> publish(@SpanTag("topic") String topic, Publisher<Long> source) {
    return source;
  }
}
