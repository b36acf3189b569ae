package dev.weftrace.greetings;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Traced with weftrace: a public method with tagged parameters, and a private one it calls. The
 * greeting itself is a tag of the request's local root: the server span.
 */
@Service
public class GreetingService {

  @Trace
  @SpanTag(value = "greeting.text", localRoot = true)
  public String greet(@SpanTag("greeting.name") String name, @SpanTag("greeting.times") int times) {
    return (decorate(name) + " ").repeat(times).trim();
  }

  /** Self-invoked and private: a proxy would not see this call; weaving does. */
  @Trace
  private String decorate(String name) {
    return "Hello, " + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + "!";
  }
}
