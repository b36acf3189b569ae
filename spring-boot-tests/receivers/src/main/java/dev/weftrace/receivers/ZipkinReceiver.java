package dev.weftrace.receivers;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A fake Zipkin server for tests, on a free loopback port: it accepts {@code POST /api/v2/spans}
 * with a JSON list of Zipkin v2 spans (plain or gzip-compressed), as Brave's and Spring Boot's
 * Zipkin senders post them, answers {@code 202}, and keeps every span; anything else is refused and
 * remembered (see {@link LoopbackReceiver}).
 */
public final class ZipkinReceiver extends LoopbackReceiver<ZipkinReceiver.ZipkinSpan> {

  /** Zipkin's path for spans. */
  public static final String SPANS_PATH = "/api/v2/spans";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * One span as Zipkin v2 JSON has it; ids in lower-case hex.
   *
   * @param parentId {@code null} for a root span
   * @param kind {@code SERVER}, {@code CLIENT}, ..., or {@code null} for a local span
   * @param tags every tag as a string, as Zipkin keeps them
   */
  public record ZipkinSpan(
      String traceId,
      String id,
      String parentId,
      String name,
      String kind,
      Long timestamp,
      Long duration,
      Map<String, String> tags) {

    public ZipkinSpan {
      tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
  }

  private ZipkinReceiver() throws IOException {
    super(SPANS_PATH, "application/json");
  }

  /** Starts a receiver on 127.0.0.1 and a port the system picks; {@link #close} stops it. */
  public static ZipkinReceiver start() throws IOException {
    return new ZipkinReceiver();
  }

  /** {@link #start}, for a static field initializer; an I/O failure becomes unchecked. */
  public static ZipkinReceiver startUnchecked() {
    try {
      return start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected List<ZipkinSpan> decode(InputStream body) throws IOException, Malformed {
    try {
      return Arrays.asList(JSON.readValue(body, ZipkinSpan[].class));
    } catch (JacksonException malformed) {
      throw new Malformed(malformed.getOriginalMessage());
    }
  }

  @Override
  protected void accept(HttpExchange exchange) throws IOException {
    respond(exchange, 202, "application/json", new byte[0]);
  }
}
