package dev.weftrace.testing.datadog;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A stand-in for the Datadog Agent's trace intake on a loopback port, so that the real
 * dd-java-agent can do its real work (serialise every trace and send it over HTTP) without a
 * Datadog Agent: it answers {@code GET /info} advertising {@code /v0.4/traces}, takes every {@code
 * PUT}/{@code POST} to {@code /v0.4/traces} and {@code /v0.3/traces} as {@link #bodies} says, and
 * acknowledges anything else (telemetry, should it be on) without reading it.
 *
 * <p>Used by the end-to-end tests (decoding every span), the Datadog peers benchmarks (inside the
 * measured JVM, reading only the agent's trace count unless a setup check asks for spans) and the
 * start-up benchmark (counting traces and spans). A body that cannot be read is recorded as a
 * problem and answered 400 rather than thrown, so the caller can report it. One daemon thread
 * serves everything, so the intake never keeps a JVM alive; closing it stops the server.
 */
public final class FakeDatadogIntake implements AutoCloseable {

  /** What the intake does with the body of a trace request. */
  public enum Bodies {
    /** Decodes every span and keeps it ({@link #spans}); counts traces and spans. */
    DECODE,
    /** Counts traces and spans by skipping over them ({@link TracePayloadDecoder#count}). */
    COUNT,
    /**
     * Reads nothing: counts traces by the agent's {@code X-Datadog-Trace-Count} header and discards
     * the body unread, so that a sink inside a measured JVM costs it as little as possible.
     */
    DRAIN
  }

  /** What {@code /info} says: the endpoints this intake takes, and no client-side dropping. */
  private static final String INFO =
      """
      {"version":"7.99.0-weftrace-test","endpoints":["/v0.4/traces","/v0.3/traces"],\
      "client_drop_p0s":false,"span_meta_structs":false}\
      """;

  private static final String SAMPLING_RATES = "{\"rate_by_service\":{\"service:,env:\":1}}";

  /** Larger bodies are refused: the agent sends a few megabytes at most. */
  private static final int MAX_BODY_BYTES = 16 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private volatile Bodies bodies;
  private final List<WireSpan> spans = new ArrayList<>();
  private final Map<String, Long> requests = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private long traceCount;
  private long spanCount;

  private FakeDatadogIntake(HttpServer server, ExecutorService executor, Bodies bodies) {
    this.server = server;
    this.executor = executor;
    this.bodies = bodies;
  }

  /** Starts an intake on 127.0.0.1, on a port the system chooses, that decodes every span. */
  public static FakeDatadogIntake start() throws IOException {
    return start(0, Bodies.DECODE);
  }

  /**
   * Starts an intake on 127.0.0.1:{@code port} ({@code 0}: a port the system chooses) that takes
   * trace bodies as {@code bodies} says. The JDK's server makes its dispatcher thread a daemon only
   * when the thread that starts it is one, so it is started from one.
   */
  public static FakeDatadogIntake start(int port, Bodies bodies) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService executor = Executors.newSingleThreadExecutor(FakeDatadogIntake::daemon);
    FakeDatadogIntake intake = new FakeDatadogIntake(server, executor, bodies);
    server.createContext("/", intake::handle);
    server.setExecutor(executor);
    Thread starter = daemon(server::start);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      intake.close();
      throw new IOException("interrupted while starting the intake", e);
    }
    return intake;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "fake-datadog-intake");
    thread.setDaemon(true);
    return thread;
  }

  /** The URL to give the agent as {@code dd.trace.agent.url}. */
  public String url() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** Changes what is done with the bodies of trace requests from now on. */
  public void bodies(Bodies bodies) {
    this.bodies = bodies;
  }

  /**
   * How many requests of each method and path arrived so far, in order of first arrival: bounded
   * however long the agent sends, and enough for failure messages.
   */
  public synchronized Map<String, Long> requests() {
    return new LinkedHashMap<>(requests);
  }

  /** Whether a request with this method and path (e.g. {@code "PUT /v0.4/traces"}) arrived. */
  public synchronized boolean received(String methodAndPath) {
    return requests.containsKey(methodAndPath);
  }

  /** Trace bodies that could not be read, with the reason. */
  public synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  /** Traces received so far: counted from the bodies, or from the agent's header when draining. */
  public synchronized long traces() {
    return traceCount;
  }

  /** Spans received so far in bodies that were decoded or counted (not those drained). */
  public synchronized long spanCount() {
    return spanCount;
  }

  /** Every span decoded so far. */
  public synchronized List<WireSpan> spans() {
    return List.copyOf(spans);
  }

  /**
   * Waits until at least {@code count} spans have been decoded or {@code timeout} has passed, and
   * returns what has arrived either way: the caller's assertions say what is missing.
   */
  public synchronized List<WireSpan> awaitSpans(int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long left;
    while (spans.size() < count && (left = deadline - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return List.copyOf(spans);
  }

  /**
   * Waits up to {@code timeout} for a decoded span that {@code test} accepts; returns it, or {@code
   * null} if none arrived.
   */
  public synchronized WireSpan awaitSpan(Predicate<WireSpan> test, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (WireSpan span : spans) {
        if (test.test(span)) {
          return span;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
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
      synchronized (this) {
        requests.merge(method + " " + path, 1L, Long::sum);
      }
      boolean traces = path.equals("/v0.4/traces") || path.equals("/v0.3/traces");
      if (traces && (method.equals("PUT") || method.equals("POST"))) {
        receiveTraces(exchange);
      } else if (path.equals("/info") && method.equals("GET")) {
        drain(exchange);
        respond(exchange, 200, INFO);
      } else {
        drain(exchange);
        respond(exchange, traces ? 405 : 202, "{}");
      }
    }
  }

  private void receiveTraces(HttpExchange exchange) throws IOException {
    Bodies mode = bodies;
    if (mode == Bodies.DRAIN) {
      String header = exchange.getRequestHeaders().getFirst("X-Datadog-Trace-Count");
      drain(exchange);
      if (header != null) {
        synchronized (this) {
          traceCount += Long.parseLong(header.trim());
        }
      }
      respond(exchange, 200, SAMPLING_RATES);
      return;
    }
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
      if (mode == Bodies.COUNT) {
        TracePayloadDecoder.Counts counts = TracePayloadDecoder.count(body);
        synchronized (this) {
          traceCount += counts.traces();
          spanCount += counts.spans();
        }
      } else {
        List<List<WireSpan>> decoded = TracePayloadDecoder.decode(body);
        synchronized (this) {
          traceCount += decoded.size();
          decoded.forEach(
              trace -> {
                spans.addAll(trace);
                spanCount += trace.size();
              });
          notifyAll();
        }
      }
      respond(exchange, 200, SAMPLING_RATES);
    } catch (IOException | RuntimeException e) {
      problem("unreadable body of " + body.length + " bytes: " + e);
      respond(exchange, 400, "{}");
    }
  }

  private synchronized void problem(String problem) {
    problems.add(problem);
  }

  private static void drain(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
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
