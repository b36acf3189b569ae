package dev.weftrace.greetings;

import dev.weftrace.receivers.GreetingAppTest;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTracing // Boot 4's tests turn tracing off without it
class TracedRequestTest extends GreetingAppTest {}
