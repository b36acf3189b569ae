package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;

public class Greeter {
  @Trace
  public String greet(@SpanTag String name, @SpanTag("n") int times) {
    return inner(name).repeat(times);
  }

  @Trace(operationName = "inner.op")
  private String inner(String name) {
    return "hi " + name;
  }
}
