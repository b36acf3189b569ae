package dev.weftrace.receivers;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fake OpenTelemetry collector for tests: an OTLP/HTTP trace receiver on a free loopback port. It
 * accepts {@code POST /v1/traces} with a binary protobuf {@code ExportTraceServiceRequest} (plain
 * or gzip-compressed), answers {@code 200} with an empty {@code ExportTraceServiceResponse}, and
 * keeps every span it decoded; anything else is refused and remembered (see {@link
 * LoopbackReceiver}).
 */
public final class OtlpReceiver extends LoopbackReceiver<ReceivedSpan> {

  /** The OTLP/HTTP path of trace exports. */
  public static final String TRACES_PATH = "/v1/traces";

  private static final String PROTOBUF = "application/x-protobuf";

  private OtlpReceiver() throws IOException {
    super(TRACES_PATH, PROTOBUF);
  }

  /** Starts a receiver on 127.0.0.1 and a port the system picks; {@link #close} stops it. */
  public static OtlpReceiver start() throws IOException {
    return new OtlpReceiver();
  }

  /** {@link #start}, for a static field initializer; an I/O failure becomes unchecked. */
  public static OtlpReceiver startUnchecked() {
    try {
      return start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The full URL of trace exports, for exporters configured by URL rather than base endpoint. */
  public String tracesUrl() {
    return url();
  }

  @Override
  protected List<ReceivedSpan> decode(InputStream body) throws IOException, Malformed {
    ExportTraceServiceRequest export;
    try {
      export = ExportTraceServiceRequest.parseFrom(body);
    } catch (InvalidProtocolBufferException malformed) {
      throw new Malformed(malformed.getMessage());
    }
    List<ReceivedSpan> spans = new ArrayList<>();
    for (ResourceSpans resourceSpans : export.getResourceSpansList()) {
      Map<String, AnyValue> resource =
          ReceivedSpan.toMap(resourceSpans.getResource().getAttributesList());
      for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
        for (Span span : scopeSpans.getSpansList()) {
          spans.add(new ReceivedSpan(resource, scopeSpans.getScope().getName(), span));
        }
      }
    }
    return spans;
  }

  @Override
  protected void accept(HttpExchange exchange) throws IOException {
    respond(exchange, 200, PROTOBUF, ExportTraceServiceResponse.getDefaultInstance().toByteArray());
  }
}
