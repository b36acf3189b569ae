package dev.weftrace.spring.boot;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

/** Application code with one woven method, standing in for a user's {@code @Trace} methods. */
final class TracedWork {

  private TracedWork() {}

  @Trace
  static String call(@SpanTag("step") String step) {
    return step;
  }
}
