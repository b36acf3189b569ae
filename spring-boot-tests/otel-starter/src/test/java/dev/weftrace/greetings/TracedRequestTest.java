package dev.weftrace.greetings;

import dev.weftrace.receivers.GreetingAppTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** OpenTelemetry's starter traces in tests as it does in production: no test annotation needed. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TracedRequestTest extends GreetingAppTest {}
