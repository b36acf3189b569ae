package dev.weftrace.it;

import dev.weftrace.annotation.Trace;
import java.util.function.Supplier;

/** A traced method that runs what the test hands it, to observe the world from inside a span. */
public final class Callbacks {

  private Callbacks() {}

  @Trace
  public static <T> T inSpan(Supplier<T> body) {
    return body.get();
  }
}
