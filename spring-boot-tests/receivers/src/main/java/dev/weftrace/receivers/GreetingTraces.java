package dev.weftrace.receivers;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the Spring Boot test applications (sources in {@code spring-boot-tests/app}) must show: a
 * call of {@code GET /greetings/{name}?times=n} answers {@code "Hello, Name!"} n times, and exports
 * one trace of exactly three spans: the server span that Spring MVC's observation (or the
 * OpenTelemetry starter's instrumentation) makes, the {@code @Trace} span of the public service
 * method under it, with its {@code @SpanTag} parameters, and the span of the private method that it
 * calls on {@code this} under that; the server span, the request's local root, carries the
 * controller's {@code SpanTags.localRoot()} tag and the service method's {@code localRoot} result
 * tag.
 */
public final class GreetingTraces {

  /** The route of the controller, as server spans name it. */
  public static final String ROUTE = "/greetings/{name}";

  static final String SERVICE_SPAN = "GreetingService.greet";
  static final String PRIVATE_SPAN = "GreetingService.decorate";
  private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(30);

  private GreetingTraces() {}

  /**
   * Calls the application on {@code port} and checks the answer, which tracing must leave as it is.
   */
  public static void greet(int port, String name, int times)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        LoopbackHttp.get(port, "/greetings/" + name + "?times=" + times);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(greeting(name, times));
  }

  /**
   * Waits until {@code receiver} holds the server spans of {@code requests} calls, and returns
   * every span it received. Each trace's other spans end before its server span, so they were
   * exported with it or before it.
   */
  public static List<ReceivedSpan> awaitRequests(OtlpReceiver receiver, int requests)
      throws InterruptedException {
    return receiver.await(
        spans -> spans.stream().filter(GreetingTraces::isServerSpan).count() >= requests,
        EXPORT_TIMEOUT);
  }

  /**
   * Asserts that the call that greeted {@code name} {@code times} times made exactly the trace
   * described above, parents and children linked by their ids.
   */
  public static void assertTraced(List<ReceivedSpan> spans, String name, int times) {
    List<ReceivedSpan> greets =
        spans.stream()
            .filter(span -> span.name().equals(SERVICE_SPAN))
            .filter(span -> string(name).equals(span.attributes().get("greeting.name")))
            .toList();
    assertThat(greets).as("%s spans for %s among %s", SERVICE_SPAN, name, spans).hasSize(1);
    ReceivedSpan greet = greets.get(0);
    List<ReceivedSpan> trace =
        spans.stream().filter(span -> span.traceId().equals(greet.traceId())).toList();
    assertThat(trace).as("the trace of %s", name).hasSize(3);

    ReceivedSpan server = only(trace, GreetingTraces::isServerSpan, "server span");
    ReceivedSpan decorate = only(trace, span -> span.name().equals(PRIVATE_SPAN), PRIVATE_SPAN);
    assertThat(server.parentSpanId()).as("the server span is the root").isEmpty();
    assertThat(greet.parentSpanId())
        .as("%s under the server span", SERVICE_SPAN)
        .isEqualTo(server.spanId());
    assertThat(decorate.parentSpanId())
        .as("%s under %s", PRIVATE_SPAN, SERVICE_SPAN)
        .isEqualTo(greet.spanId());

    assertThat(greet.scope()).isEqualTo("dev.weftrace");
    assertThat(greet.span().getKind()).isEqualTo(SpanKind.SPAN_KIND_INTERNAL);
    assertThat(greet.attributes())
        .containsOnly(
            entry("greeting.name", string(name)),
            entry("greeting.times", AnyValue.newBuilder().setIntValue(times).build()));
    assertThat(decorate.scope()).isEqualTo("dev.weftrace");
    assertThat(decorate.attributes()).isEmpty();
    assertThat(server.attributes())
        .as("local-root tags of the controller and of %s", SERVICE_SPAN)
        .contains(
            entry("greeting.for", string(name)),
            entry("greeting.text", string(greeting(name, times))));
  }

  /** What the application answers to a greeting of {@code name}, {@code times} times. */
  public static String greeting(String name, int times) {
    String capitalized = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    return ("Hello, " + capitalized + "! ").repeat(times).trim();
  }

  /**
   * Two calls with different arguments, then the check of both traces: the test every application
   * of spring-boot-tests runs against its own receiver.
   */
  public static void checkTwoRequests(int port, OtlpReceiver receiver)
      throws IOException, InterruptedException {
    int before = (int) receiver.spans().stream().filter(GreetingTraces::isServerSpan).count();
    greet(port, "ada", 2);
    greet(port, "grace", 1);
    List<ReceivedSpan> spans = awaitRequests(receiver, before + 2);
    assertTraced(spans, "ada", 2);
    assertTraced(spans, "grace", 1);
  }

  private static boolean isServerSpan(ReceivedSpan span) {
    return span.span().getKind() == SpanKind.SPAN_KIND_SERVER
        && span.name().toLowerCase(Locale.ROOT).endsWith("get " + ROUTE);
  }

  private static ReceivedSpan only(
      List<ReceivedSpan> trace, Predicate<ReceivedSpan> which, String what) {
    List<ReceivedSpan> found = trace.stream().filter(which).toList();
    assertThat(found).as("%s in %s", what, trace).hasSize(1);
    return found.get(0);
  }

  private static Map.Entry<String, AnyValue> entry(String key, AnyValue value) {
    return Map.entry(key, value);
  }

  private static AnyValue string(String value) {
    return AnyValue.newBuilder().setStringValue(value).build();
  }
}
