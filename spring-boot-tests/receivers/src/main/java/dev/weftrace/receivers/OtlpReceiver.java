package dev.weftrace.receivers;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A fake OpenTelemetry collector for tests: an OTLP/HTTP trace receiver on a free loopback port.
 * It accepts {@code POST /v1/traces} with a binary protobuf {@code ExportTraceServiceRequest}
 * (plain or gzip-compressed), answers {@code 200} with an empty {@code ExportTraceServiceResponse},
 * and keeps every span it decoded. Anything else is refused with an HTTP error and remembered, so
 * that a test can assert that the exporter spoke the protocol as expected.
 */
public final class OtlpReceiver implements AutoCloseable {

  /** The OTLP/HTTP path of trace exports. */
  public static final String TRACES_PATH = "/v1/traces";

  private static final String PROTOBUF = "application/x-protobuf";

  private final HttpServer server;
  private final List<ReceivedSpan> spans = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();
  private int exports;

  private OtlpReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts a receiver on 127.0.0.1 and a port the system picks; {@link #close} stops it. */
  public static OtlpReceiver start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    OtlpReceiver receiver = new OtlpReceiver(server);
    server.createContext("/", receiver::handle);
    server.start();
    return receiver;
  }

  /** {@link #start}, for a static field initializer; an I/O failure becomes unchecked. */
  public static OtlpReceiver startUnchecked() {
    try {
      return start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL to give an exporter as {@code OTEL_EXPORTER_OTLP_ENDPOINT}. */
  public String endpoint() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** The full URL of trace exports, for exporters configured by URL rather than base endpoint. */
  public String tracesUrl() {
    return endpoint() + TRACES_PATH;
  }

  /**
   * Waits until the spans received so far satisfy {@code done}, and returns them.
   *
   * @throws AssertionError if they do not within {@code timeout}, naming the spans received
   */
  public synchronized List<ReceivedSpan> await(Predicate<List<ReceivedSpan>> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.test(spans)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("not received within " + timeout + "; received: " + spans
            + (refusals.isEmpty() ? "" : "; refused: " + refusals));
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return List.copyOf(spans);
  }

  /** Every span received so far, in the order they arrived. */
  public synchronized List<ReceivedSpan> spans() {
    return List.copyOf(spans);
  }

  /** How many export requests were accepted. */
  public synchronized int exports() {
    return exports;
  }

  /** One line per request that was refused, saying what was wrong with it. */
  public synchronized List<String> refusals() {
    return List.copyOf(refusals);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
      if (!request.equals("POST " + TRACES_PATH)) {
        refuse(exchange, 404, request);
      } else if (type == null || !type.startsWith(PROTOBUF)) {
        refuse(exchange, 415, request + " Content-Type " + type);
      } else if (encoding != null && !encoding.equals("gzip")) {
        refuse(exchange, 415, request + " Content-Encoding " + encoding);
      } else {
        ExportTraceServiceRequest export;
        try (InputStream body = body(exchange, encoding)) {
          export = ExportTraceServiceRequest.parseFrom(body);
        } catch (InvalidProtocolBufferException malformed) {
          refuse(exchange, 400, request + " " + malformed.getMessage());
          return;
        }
        collect(export);
        respond(exchange, 200, ExportTraceServiceResponse.getDefaultInstance().toByteArray());
      }
    }
  }

  private static InputStream body(HttpExchange exchange, String encoding) throws IOException {
    InputStream raw = exchange.getRequestBody();
    return "gzip".equals(encoding) ? new GZIPInputStream(raw) : raw;
  }

  private synchronized void collect(ExportTraceServiceRequest export) {
    exports++;
    for (ResourceSpans resourceSpans : export.getResourceSpansList()) {
      Map<String, AnyValue> resource =
          ReceivedSpan.toMap(resourceSpans.getResource().getAttributesList());
      for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
        for (Span span : scopeSpans.getSpansList()) {
          spans.add(new ReceivedSpan(resource, scopeSpans.getScope().getName(), span));
        }
      }
    }
    notifyAll();
  }

  private void refuse(HttpExchange exchange, int status, String why) throws IOException {
    synchronized (this) {
      refusals.add(status + " " + why);
    }
    respond(exchange, status, new byte[0]);
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", PROTOBUF);
    // -1: no body at all, which is what an empty protobuf message encodes to.
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
