package dev.weftrace.greetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A {@code @WebMvcTest} slice has no tracer and none of weftrace-spring-boot's auto-configuration:
 * the woven service still answers as it would, its spans are no-ops, and weftrace stays quiet (one
 * DEBUG line). Runs in a JVM of its own with {@code weftrace.unrouted.delay.ms=300} and {@code
 * dev.weftrace} at DEBUG (see the module's surefire executions).
 */
@WebMvcTest(controllers = GreetingController.class, properties = "logging.level.dev.weftrace=DEBUG")
@Import(GreetingService.class)
@ExtendWith(OutputCaptureExtension.class)
@Timeout(60)
class SliceQuietTest {

  @Autowired MockMvc mvc;

  @Test
  void wovenCodeAnswersAsBeforeAndNoWarningIsLogged(CapturedOutput output) throws Exception {
    mvc.perform(get("/greetings/ada").param("times", "2"))
        .andExpect(status().isOk())
        .andExpect(content().string("Hello, Ada! Hello, Ada!"));

    QuietChecks.awaitLine(output, "weftrace: no tracer: weftrace-spring-boot is present");
    assertThat(output.getAll()).doesNotContain("go nowhere");
  }
}
