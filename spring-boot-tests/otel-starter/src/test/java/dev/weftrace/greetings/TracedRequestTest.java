package dev.weftrace.greetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.receivers.GreetingAppTest;
import dev.weftrace.receivers.GreetingTraces;
import dev.weftrace.receivers.ReceivedSpan;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** OpenTelemetry's starter traces in tests as it does in production: no test annotation needed. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TracedRequestTest extends GreetingAppTest {

  /**
   * {@code SpanTags.localRoot()} in the controller finds the starter's own server span: the local
   * root OpenTelemetry's instrumentation API keeps in the context.
   */
  @Test
  void localRootIsTheStartersServerSpan() throws Exception {
    long before = serverSpans(receiver.spans()).size();
    GreetingTraces.greet(port, "lin", 1);
    List<ReceivedSpan> spans = GreetingTraces.awaitRequests(receiver, (int) before + 1);

    AnyValue lin = AnyValue.newBuilder().setStringValue("lin").build();
    List<ReceivedSpan> tagged =
        spans.stream().filter(s -> lin.equals(s.attributes().get("greeting.for"))).toList();
    assertThat(tagged).as("spans tagged greeting.for=lin among %s", spans).hasSize(1);
    assertThat(tagged.get(0).span().getKind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
    assertThat(tagged.get(0).parentSpanId()).isEmpty();
  }

  private static List<ReceivedSpan> serverSpans(List<ReceivedSpan> spans) {
    return spans.stream()
        .filter(s -> s.span().getKind() == SpanKind.SPAN_KIND_SERVER)
        .filter(s -> s.name().contains(GreetingTraces.ROUTE))
        .toList();
  }
}
