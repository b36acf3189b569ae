package dev.weftrace.greetings;

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

  @GetMapping("/greetings/{name}")
  public String greet(@PathVariable("name") String name, @RequestParam("times") int times) {
    return greetings.greet(name, times);
  }
}
