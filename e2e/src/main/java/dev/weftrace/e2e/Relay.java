package dev.weftrace.e2e;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.function.Supplier;

/** A traced step between spans the application makes itself, for {@link MixedApisProgram}. */
public class Relay {

  /** Runs {@code next} inside this method's span. */
  @Trace
  public String forward(@SpanTag("hop") String hop, Supplier<String> next) {
    return hop + " -> " + next.get();
  }
}
