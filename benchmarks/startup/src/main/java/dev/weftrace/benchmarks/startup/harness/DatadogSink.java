package dev.weftrace.benchmarks.startup.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A local stand-in for the Datadog Agent, for the datadog variant of the start-up benchmark: the
 * Datadog Java agent needs somewhere to send its traces, and a benchmark should see that they were
 * sent. It listens on 127.0.0.1 only, on a port the system picks, which it prints first as {@code
 * port=N}; then it serves until it is killed.
 *
 * <ul>
 *   <li>{@code GET /info} advertises {@code /v0.4/traces} and no client-side dropping;
 *   <li>{@code PUT} or {@code POST /v0.4/traces} (or {@code /v0.3/traces}) is read whole, its
 *       traces and spans counted ({@link TracePayload}) and discarded, and answered 200 with a
 *       sampling rate of 1;
 *   <li>{@code GET /stats} answers the running totals, {@code requests=N traces=N spans=N
 *       undecodable=N other=N}, for the script to compare before and after each run;
 *   <li>anything else (telemetry, should it be on) is counted as {@code other} and answered 200.
 * </ul>
 *
 * One thread serves everything, so the totals need no locking and the sink takes little CPU away
 * from the run being measured.
 */
public final class DatadogSink {

  private static final String INFO =
      "{\"version\":\"7.99.0-startup-benchmark\",\"endpoints\":[\"/v0.4/traces\",\"/v0.3/traces\"],"
          + "\"client_drop_p0s\":false}";
  private static final String RATES = "{\"rate_by_service\":{\"service:,env:\":1}}";

  private long requests;
  private long traces;
  private long spans;
  private long undecodable;
  private long other;

  private DatadogSink() {}

  /** Starts the sink and prints its port; it runs until the process is killed. */
  public static void main(String[] args) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", new DatadogSink()::handle);
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.start();
    System.out.println("port=" + server.getAddress().getPort());
    System.out.flush();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      if (path.equals("/info") && method.equals("GET")) {
        respond(exchange, INFO);
      } else if (path.equals("/stats") && method.equals("GET")) {
        respond(exchange, stats());
      } else if (path.endsWith("/traces") && (method.equals("PUT") || method.equals("POST"))) {
        receiveTraces(body);
        respond(exchange, RATES);
      } else {
        other++;
        respond(exchange, "{}");
      }
    }
  }

  private void receiveTraces(byte[] body) {
    requests++;
    try {
      TracePayload.Counts counts = TracePayload.count(body);
      traces += counts.traces();
      spans += counts.spans();
    } catch (IllegalArgumentException e) {
      undecodable++;
    }
  }

  private String stats() {
    return String.format(
        "requests=%d traces=%d spans=%d undecodable=%d other=%d%n",
        requests, traces, spans, undecodable, other);
  }

  private static void respond(HttpExchange exchange, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
