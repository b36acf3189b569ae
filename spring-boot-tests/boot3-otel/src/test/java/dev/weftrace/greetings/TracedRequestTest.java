package dev.weftrace.greetings;

import dev.weftrace.receivers.GreetingAppTest;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // Boot 3's tests turn tracing off without it
class TracedRequestTest extends GreetingAppTest {}
