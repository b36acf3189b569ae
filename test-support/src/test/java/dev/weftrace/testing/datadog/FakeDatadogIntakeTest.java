package dev.weftrace.testing.datadog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

class FakeDatadogIntakeTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void decodesEverySpanOfEveryTrace() throws Exception {
    try (FakeDatadogIntake intake = FakeDatadogIntake.start()) {
      assertThat(put(intake, payload(), "2")).isEqualTo(200);

      assertThat(intake.awaitSpans(3, Duration.ofSeconds(5)))
          .extracting(WireSpan::name)
          .containsExactly("root.op", "child.op", "other.op");
      WireSpan child = intake.spans().get(1);
      assertThat(child.isChildOf(intake.spans().get(0))).isTrue();
      assertThat(child.meta("order.id")).isEqualTo("ORD-1");
      assertThat(child.metric("order.lines")).isEqualTo(250.0);
      assertThat(WireSpan.idString(child.spanId())).isEqualTo("18446744073709551615");
      assertThat(intake.traces()).isEqualTo(2);
      assertThat(intake.spanCount()).isEqualTo(3);
      assertThat(intake.problems()).isEmpty();
    }
  }

  @Test
  void countsWithoutKeepingSpans() throws Exception {
    try (FakeDatadogIntake intake = FakeDatadogIntake.start(0, FakeDatadogIntake.Bodies.COUNT)) {
      put(intake, payload(), "2");
      put(intake, payload(), "2");

      assertThat(intake.traces()).isEqualTo(4);
      assertThat(intake.spanCount()).isEqualTo(6);
      assertThat(intake.spans()).isEmpty();
    }
  }

  @Test
  void drainingCountsTracesByTheAgentsHeaderOnly() throws Exception {
    try (FakeDatadogIntake intake = FakeDatadogIntake.start(0, FakeDatadogIntake.Bodies.DRAIN)) {
      put(intake, new byte[] {1, 2, 3}, "7");

      assertThat(intake.traces()).isEqualTo(7);
      assertThat(intake.spanCount()).isZero();
      assertThat(intake.problems()).isEmpty();

      intake.bodies(FakeDatadogIntake.Bodies.DECODE);
      put(intake, payload(), "2");
      assertThat(intake.awaitSpan(s -> s.name().equals("other.op"), Duration.ofSeconds(5)))
          .isNotNull();
    }
  }

  @Test
  void recordsAnUnreadableBodyAsAProblem() throws Exception {
    try (FakeDatadogIntake intake = FakeDatadogIntake.start()) {
      assertThat(put(intake, new byte[] {(byte) 0x92, 0x01}, "1")).isEqualTo(400);

      assertThat(intake.problems()).singleElement().asString().contains("unreadable body");
    }
  }

  @Test
  void advertisesTheV04EndpointAndCountsRequests() throws Exception {
    try (FakeDatadogIntake intake = FakeDatadogIntake.start()) {
      HttpResponse<String> info =
          client.send(
              HttpRequest.newBuilder(URI.create(intake.url() + "/info")).build(),
              HttpResponse.BodyHandlers.ofString());
      put(intake, payload(), "2");

      assertThat(info.body()).contains("\"/v0.4/traces\"");
      assertThat(intake.received("GET /info")).isTrue();
      assertThat(intake.requests())
          .containsExactly(Map.entry("GET /info", 1L), Map.entry("PUT /v0.4/traces", 1L));
    }
  }

  private int put(FakeDatadogIntake intake, byte[] body, String traceCount)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(intake.url() + "/v0.4/traces"))
            .header("X-Datadog-Trace-Count", traceCount)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Two traces: a root with one child (unsigned 64-bit span id), and a lone span. */
  private static byte[] payload() throws IOException {
    try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
      out.packArrayHeader(2);
      out.packArrayHeader(2);
      span(out, "root.op", 1, 0, Map.of(), Map.of());
      out.packMapHeader(6);
      out.packString("name").packString("child.op");
      out.packString("trace_id").packLong(7);
      out.packString("span_id").packBigInteger(new java.math.BigInteger("18446744073709551615"));
      out.packString("parent_id").packLong(1);
      out.packString("meta").packMapHeader(1).packString("order.id").packString("ORD-1");
      out.packString("metrics").packMapHeader(1).packString("order.lines").packInt(250);
      out.packArrayHeader(1);
      span(out, "other.op", 9, 0, Map.of("k", "v"), Map.of("m", 1.5));
      return out.toByteArray();
    }
  }

  private static void span(
      MessageBufferPacker out,
      String name,
      long spanId,
      long parentId,
      Map<String, String> meta,
      Map<String, Double> metrics)
      throws IOException {
    out.packMapHeader(8);
    out.packString("name").packString(name);
    out.packString("trace_id").packLong(7);
    out.packString("span_id").packLong(spanId);
    out.packString("parent_id").packLong(parentId);
    out.packString("links").packArrayHeader(0);
    out.packString("type").packNil();
    out.packString("meta").packMapHeader(meta.size());
    for (Map.Entry<String, String> e : meta.entrySet()) {
      out.packString(e.getKey()).packString(e.getValue());
    }
    out.packString("metrics").packMapHeader(metrics.size());
    for (Map.Entry<String, Double> e : metrics.entrySet()) {
      out.packString(e.getKey()).packDouble(e.getValue());
    }
  }
}
