package dev.weftrace.receivers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A fake trace backend for tests, on 127.0.0.1 and a port the system picks: it accepts {@code POST}
 * of one path with one content type (plain or gzip-compressed), keeps every span it decoded, and
 * refuses anything else with an HTTP error that it remembers, so that a test can assert that the
 * exporter spoke the protocol as expected.
 *
 * @param <S> a span as decoded from the wire
 */
public abstract class LoopbackReceiver<S> implements AutoCloseable {

  /** A request body that does not decode; it is refused with {@code 400}. */
  protected static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    public Malformed(String message) {
      super(message);
    }
  }

  private final String path;
  private final String contentType;
  private final HttpServer server;
  private final List<S> spans = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();
  private int exports;

  /** Starts listening; {@link #close} stops. */
  protected LoopbackReceiver(String path, String contentType) throws IOException {
    this.path = path;
    this.contentType = contentType;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The spans in one accepted request body. */
  protected abstract List<S> decode(InputStream body) throws IOException, Malformed;

  /** Answers an accepted request. */
  protected abstract void accept(HttpExchange exchange) throws IOException;

  /** The base URL, {@code http://127.0.0.1:port}. */
  public String endpoint() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** The full URL that exporters configured by URL post to. */
  public String url() {
    return endpoint() + path;
  }

  /**
   * Waits until the spans received so far satisfy {@code done}, and returns them.
   *
   * @throws AssertionError if they do not within {@code timeout}, naming the spans received
   */
  public synchronized List<S> await(Predicate<List<S>> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.test(spans)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "not received within "
                + timeout
                + "; received: "
                + spans
                + (refusals.isEmpty() ? "" : "; refused: " + refusals));
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return List.copyOf(spans);
  }

  /** Every span received so far, in the order they arrived. */
  public synchronized List<S> spans() {
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
      if (!request.equals("POST " + path)) {
        refuse(exchange, 404, request);
      } else if (type == null || !type.startsWith(contentType)) {
        refuse(exchange, 415, request + " Content-Type " + type);
      } else if (encoding != null && !encoding.equals("gzip")) {
        refuse(exchange, 415, request + " Content-Encoding " + encoding);
      } else {
        List<S> decoded;
        try (InputStream body = body(exchange, encoding)) {
          decoded = decode(body);
        } catch (Malformed malformed) {
          refuse(exchange, 400, request + " " + malformed.getMessage());
          return;
        }
        collect(decoded);
        accept(exchange);
      }
    }
  }

  private static InputStream body(HttpExchange exchange, String encoding) throws IOException {
    InputStream raw = exchange.getRequestBody();
    return "gzip".equals(encoding) ? new GZIPInputStream(raw) : raw;
  }

  private synchronized void collect(List<S> decoded) {
    exports++;
    spans.addAll(decoded);
    notifyAll();
  }

  private void refuse(HttpExchange exchange, int status, String why) throws IOException {
    synchronized (this) {
      refusals.add(status + " " + why);
    }
    respond(exchange, status, contentType, new byte[0]);
  }

  /** Sends {@code status} with {@code body}; an empty body is sent as no body at all. */
  protected static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
