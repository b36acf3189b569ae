package dev.weftrace.benchmarks.peers.datadog;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Stands in for the Datadog Agent on 127.0.0.1:{@value #PORT}, inside the benchmark's own JVM
 * (started by {@link SinkAgent} before the Datadog agent), so
 * that the Datadog Java agent does its real work (serialising every trace and sending it over HTTP)
 * without a Datadog Agent: it answers {@code GET /info} advertising {@code /v0.4/traces},
 * acknowledges every {@code PUT} of traces with 200 and a sampling rate of 1, and counts the traces
 * (the agent's {@code X-Datadog-Trace-Count} header) without reading their bodies, so that the
 * measured JVM spends no time on them. While {@link #capture} is on, it also decodes what arrives,
 * for the setup checks. Anything else gets 200 and is not read.
 */
final class DatadogSink implements AutoCloseable {

  /** The fixed loopback port of the sink; the forks' {@code -Ddd.trace.agent.url} names it. */
  static final int PORT = 18126;

  private static final String INFO =
      "{\"version\":\"7.99.0-weftrace-benchmarks\",\"endpoints\":[\"/v0.4/traces\"],"
          + "\"client_drop_p0s\":false,\"span_meta_structs\":false}";
  private static final String RATES = "{\"rate_by_service\":{\"service:,env:\":1}}";

  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicLong traces = new AtomicLong();
  private final Set<String> requests = new LinkedHashSet<>();
  private final List<SinkSpan> captured = new ArrayList<>();
  private volatile boolean capturing;

  private DatadogSink(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts the sink on 127.0.0.1:{@value #PORT}. All its threads are daemons, so that it never
   * keeps the JVM alive: the JDK's server makes its dispatcher thread a daemon only when the thread
   * that starts it is one, so it is started from one.
   */
  static DatadogSink start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 16);
    ExecutorService executor = Executors.newSingleThreadExecutor(DatadogSink::daemon);
    DatadogSink sink = new DatadogSink(server, executor);
    server.createContext("/", sink::handle);
    server.setExecutor(executor);
    Thread starter = daemon(server::start);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting the sink", e);
    }
    return sink;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "datadog-sink");
    thread.setDaemon(true);
    return thread;
  }

  /** Turns decoding of arriving traces on or off. */
  void capture(boolean on) {
    capturing = on;
  }

  /** Traces received so far, by the agent's own count. */
  long traces() {
    return traces.get();
  }

  /** Method and path of each kind of request received so far, in order of first arrival. */
  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /**
   * Waits up to {@code timeout} for a captured span that {@code test} accepts; returns it, or
   * {@code null} if none arrived.
   */
  synchronized SinkSpan await(Predicate<SinkSpan> test, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (SinkSpan span : captured) {
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

  /** Every span captured so far, for failure messages. */
  synchronized List<SinkSpan> captured() {
    return List.copyOf(captured);
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
        requests.add(method + " " + path);
      }
      if (method.equals("GET") && path.equals("/info")) {
        drain(exchange);
        respond(exchange, INFO);
      } else if (path.endsWith("/traces")) {
        receiveTraces(exchange);
        respond(exchange, RATES);
      } else {
        drain(exchange);
        respond(exchange, "{}");
      }
    }
  }

  private void receiveTraces(HttpExchange exchange) throws IOException {
    String count = exchange.getRequestHeaders().getFirst("X-Datadog-Trace-Count");
    if (count != null) {
      traces.addAndGet(Long.parseLong(count.trim()));
    }
    if (!capturing) {
      drain(exchange);
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    List<SinkSpan> spans = TracePayload.decode(body);
    synchronized (this) {
      captured.addAll(spans);
      notifyAll();
    }
  }

  private static void drain(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static void respond(HttpExchange exchange, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
