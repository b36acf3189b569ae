package dev.weftrace.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the Datadog Agent's trace intake on a free loopback port, so that the real
 * dd-java-agent can be tested without a Datadog Agent: it answers {@code GET /info} advertising
 * {@code /v0.4/traces}, decodes every {@code PUT}/{@code POST} to {@code /v0.4/traces} and {@code
 * /v0.3/traces}, and acknowledges anything else (telemetry, should it be on) without reading it.
 *
 * <p>Everything received is kept for the test; a body that cannot be decoded is recorded as a
 * problem rather than thrown, so the test can report it. Closing it stops the server.
 */
final class FakeDatadogIntake implements AutoCloseable {

  /** What {@code /info} says: the endpoints this intake decodes, and no client-side dropping. */
  private static final String INFO =
      """
      {"version":"7.99.0-weftrace-e2e","endpoints":["/v0.4/traces","/v0.3/traces"],\
      "client_drop_p0s":false,"span_meta_structs":false}\
      """;

  private static final String SAMPLING_RATES = "{\"rate_by_service\":{\"service:,env:\":1}}";

  /** Larger bodies are refused: the programs under test send a few kilobytes. */
  private static final int MAX_BODY_BYTES = 16 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<WireSpan> spans = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private FakeDatadogIntake(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts an intake on 127.0.0.1 and a port the system chooses. */
  static FakeDatadogIntake start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-intake"));
    FakeDatadogIntake intake = new FakeDatadogIntake(server, executor);
    server.createContext("/", intake::handle);
    server.setExecutor(executor);
    server.start();
    return intake;
  }

  /** The URL to give the agent as {@code dd.trace.agent.url}. */
  String url() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** Method and path of every request received so far, for failure messages. */
  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** Trace bodies that could not be decoded, with the reason. */
  synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * Waits until at least {@code count} spans have arrived or {@code timeout} has passed, and
   * returns what has arrived either way: the caller's assertions say what is missing.
   */
  synchronized List<WireSpan> awaitSpans(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long left;
    while (spans.size() < count && (left = deadline - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return List.copyOf(spans);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      record(method + " " + path);
      boolean traces = path.equals("/v0.4/traces") || path.equals("/v0.3/traces");
      if (traces && (method.equals("PUT") || method.equals("POST"))) {
        receiveTraces(exchange);
      } else if (path.equals("/info") && method.equals("GET")) {
        respond(exchange, 200, INFO);
      } else {
        exchange.getRequestBody().close();
        respond(exchange, traces ? 405 : 202, "{}");
      }
    }
  }

  private void receiveTraces(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      problem("body over " + MAX_BODY_BYTES + " bytes");
      respond(exchange, 413, "{}");
      return;
    }
    try {
      List<List<WireSpan>> traces = TracePayloadDecoder.decode(body);
      synchronized (this) {
        traces.forEach(spans::addAll);
        notifyAll();
      }
      respond(exchange, 200, SAMPLING_RATES);
    } catch (IOException | RuntimeException e) {
      problem("undecodable body of " + body.length + " bytes: " + e);
      respond(exchange, 400, "{}");
    }
  }

  private synchronized void record(String request) {
    requests.add(request);
  }

  private synchronized void problem(String problem) {
    problems.add(problem);
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
