package dev.weftrace.receivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ZipkinReceiverTest {

  private static final String TWO_SPANS =
      """
      [{"traceId":"5af7183fb1d4cf5f","id":"352bff9a74ca9ad2","kind":"SERVER",
        "name":"http get /greetings/{name}","timestamp":1700000000000000,"duration":1500,
        "localEndpoint":{"serviceName":"greetings"},"tags":{"http.method":"GET"}},
       {"traceId":"5af7183fb1d4cf5f","parentId":"352bff9a74ca9ad2","id":"6b221d5bc9e6496c",
        "name":"greetingservice.greet","tags":{"greeting.times":"2"}}]
      """;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void keepsTheSpansOfAJsonListPostedPlainOrGzipped() throws Exception {
    try (ZipkinReceiver receiver = ZipkinReceiver.start()) {
      assertThat(post(receiver.url(), TWO_SPANS.getBytes(StandardCharsets.UTF_8), null))
          .isEqualTo(202);
      assertThat(post(receiver.url(), gzip(TWO_SPANS), "gzip")).isEqualTo(202);

      assertThat(receiver.spans()).hasSize(4);
      ZipkinReceiver.ZipkinSpan child = receiver.spans().get(1);
      assertThat(child.parentId()).isEqualTo("352bff9a74ca9ad2");
      assertThat(child.kind()).isNull();
      assertThat(child.tags()).isEqualTo(Map.of("greeting.times", "2"));
      assertThat(receiver.spans().get(0).duration()).isEqualTo(1500);
      assertThat(receiver.exports()).isEqualTo(2);
      assertThat(receiver.refusals()).isEmpty();
    }
  }

  @Test
  void refusesAndRemembersWhatIsNotAZipkinJsonList() throws Exception {
    try (ZipkinReceiver receiver = ZipkinReceiver.start()) {
      assertThat(post(receiver.url(), "{not json".getBytes(StandardCharsets.UTF_8), null))
          .isEqualTo(400);
      assertThat(post(receiver.endpoint() + "/api/v1/spans", new byte[0], null)).isEqualTo(404);
      assertThat(receiver.spans()).isEmpty();
      assertThat(receiver.refusals()).hasSize(2);
    }
  }

  private int post(String url, byte[] body, String encoding) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofByteArray(body));
    if (encoding != null) {
      request.header("Content-Encoding", encoding);
    }
    return client.send(request.build(), BodyHandlers.discarding()).statusCode();
  }

  private static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
