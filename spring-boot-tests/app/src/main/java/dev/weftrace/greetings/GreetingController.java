package dev.weftrace.greetings;

import dev.weftrace.weaver.SpanTags;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /greetings/{name}?times=n}. */
@RestController
public class GreetingController {

  private final GreetingService greetings;

  public GreetingController(GreetingService greetings) {
    this.greetings = greetings;
  }

  /**
   * Also tags the request's local root from code: the server span, whether the backend knows it
   * (the OpenTelemetry starter's instrumentation) or weftrace does (under Micrometer Tracing it is
   * the span current when weftrace first sees the trace).
   */
  @GetMapping("/greetings/{name}")
  public String greet(@PathVariable("name") String name, @RequestParam("times") int times) {
    SpanTags.localRoot().tag("greeting.for", name);
    return greetings.greet(name, times);
  }
}
