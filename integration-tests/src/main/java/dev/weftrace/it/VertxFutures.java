package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import io.vertx.core.Future;

/** A traced method returning a Vert.x future: its span ends when the future completes. */
public class VertxFutures {

  /** Returns {@code future} itself. */
  @Trace
  @SpanTag("reply")
  public Future<String> pending(@SpanTag("job") String job, Future<String> future) {
    return future;
  }
}
