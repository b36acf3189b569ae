package dev.weftrace.receivers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A test's HTTP client for an application listening on 127.0.0.1, every call bounded in time. */
public final class LoopbackHttp {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  private LoopbackHttp() {}

  /** The response to {@code GET http://127.0.0.1:port/pathAndQuery}: status and body. */
  public static HttpResponse<String> get(int port, String pathAndQuery)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
            .timeout(TIMEOUT)
            .GET()
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
