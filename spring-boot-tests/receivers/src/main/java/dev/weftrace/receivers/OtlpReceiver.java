package dev.weftrace.sample;

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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A fake OpenTelemetry collector for tests: an OTLP/HTTP trace receiver on a free loopback port.
 * It accepts {@code POST /v1/traces} with a binary protobuf {@code ExportTraceServiceRequest}
 * (plain or gzip-compressed), answers {@code 200} with an empty {@code ExportTraceServiceResponse},
 * and keeps every span it decoded. Anything else is refused with an HTTP error and remembered, so
 * that a test can assert that the exporter spoke the protocol as expected.
 */
final class OtlpReceiver implements AutoCloseable {

  /** The OTLP/HTTP path of trace exports. */
  static final String TRACES_PATH = "/v1/traces";

  private static final String PROTOBUF = "application/x-protobuf";

  private final HttpServer server;
  private final List<ReceivedSpan> spans = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();
  private int exports;

  private OtlpReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts a receiver on 127.0.0.1 and a port the system picks; {@link #close} stops it. */
  static OtlpReceiver start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    OtlpReceiver receiver = new OtlpReceiver(server);
    server.createContext("/", receiver::handle);
    server.start();
    return receiver;
  }

  /** The base URL to give an exporter as {@code OTEL_EXPORTER_OTLP_ENDPOINT}. */
  String endpoint() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** Every span received so far, in the order they arrived. */
  synchronized List<ReceivedSpan> spans() {
    return List.copyOf(spans);
  }

  /** How many export requests were accepted. */
  synchronized int exports() {
    return exports;
  }

  /** One line per request that was refused, saying what was wrong with it. */
  synchronized List<String> refusals() {
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
