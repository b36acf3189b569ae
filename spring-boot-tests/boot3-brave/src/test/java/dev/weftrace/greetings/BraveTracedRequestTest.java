package dev.weftrace.greetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.receivers.GreetingTraces;
import dev.weftrace.receivers.ZipkinReceiver;
import dev.weftrace.receivers.ZipkinReceiver.ZipkinSpan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Spring Boot with Micrometer Tracing's Brave bridge and no OpenTelemetry at all:
 * weftrace-spring-boot hands weftrace the Micrometer {@code Tracer}, and weftrace's spans reach
 * Zipkin in Brave's traces, under Spring MVC's server span, with their tags (as strings: Zipkin
 * keeps no other type).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // Boot 3's tests turn tracing off without it
@Timeout(120)
class BraveTracedRequestTest {

  private static final ZipkinReceiver receiver = ZipkinReceiver.startUnchecked();

  @Value("${local.server.port}")
  int port;

  @DynamicPropertySource
  static void exportToTheReceiver(DynamicPropertyRegistry properties) {
    properties.add("management.zipkin.tracing.endpoint", receiver::url);
  }

  @AfterAll
  static void stopTheReceiver() {
    receiver.close();
  }

  @Test
  void eachRequestIsOneBraveTraceFromTheServerSpanThroughBothTracedMethods() throws Exception {
    GreetingTraces.greet(port, "ada", 2);
    GreetingTraces.greet(port, "grace", 1);

    List<ZipkinSpan> spans =
        receiver.await(s -> s.stream().filter(IS_SERVER).count() >= 2, Duration.ofSeconds(30));
    assertTraced(spans, "ada", 2);
    assertTraced(spans, "grace", 1);
    assertThat(receiver.refusals()).isEmpty();
  }

  private static final Predicate<ZipkinSpan> IS_SERVER =
      span -> "SERVER".equals(span.kind()) && span.name().endsWith("get " + GreetingTraces.ROUTE);

  private static void assertTraced(List<ZipkinSpan> spans, String name, int times) {
    List<ZipkinSpan> greets =
        spans.stream()
            .filter(s -> s.name().equals("GreetingService.greet"))
            .filter(s -> name.equals(s.tags().get("greeting.name")))
            .toList();
    assertThat(greets).as("greet spans for %s among %s", name, spans).hasSize(1);
    ZipkinSpan greet = greets.get(0);
    List<ZipkinSpan> trace =
        spans.stream().filter(s -> s.traceId().equals(greet.traceId())).toList();
    assertThat(trace).as("the trace of %s", name).hasSize(3);
    ZipkinSpan server = only(trace, IS_SERVER);
    ZipkinSpan decorate = only(trace, s -> s.name().equals("GreetingService.decorate"));

    assertThat(server.parentId()).as("the server span is the root").isNull();
    assertThat(greet.parentId()).isEqualTo(server.id());
    assertThat(decorate.parentId()).isEqualTo(greet.id());
    assertThat(greet.kind()).as("INTERNAL becomes a local span").isNull();
    assertThat(greet.tags())
        .isEqualTo(Map.of("greeting.name", name, "greeting.times", String.valueOf(times)));
    assertThat(decorate.tags()).isEmpty();
    assertThat(server.tags())
        .as("local-root tags of the controller and of the service method")
        .containsEntry("greeting.for", name)
        .containsEntry("greeting.text", GreetingTraces.greeting(name, times));
  }

  private static ZipkinSpan only(List<ZipkinSpan> trace, Predicate<ZipkinSpan> which) {
    List<ZipkinSpan> found = trace.stream().filter(which).toList();
    assertThat(found).as("in %s", trace).hasSize(1);
    return found.get(0);
  }
}
