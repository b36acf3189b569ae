package dev.weftrace.receivers;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One span as it arrived over OTLP, decoded from the wire, together with the resource and the
 * instrumentation scope it was sent under. Ids are given in lower-case hex, as OpenTelemetry prints
 * them; attribute values keep their protobuf type ({@link AnyValue}), so that a test can tell an
 * {@code int_value} from a {@code string_value}.
 *
 * @param resource the attributes of the resource, such as {@code service.name}
 * @param scope the name of the instrumentation scope (the tracer's name)
 * @param span the span message itself
 */
public record ReceivedSpan(Map<String, AnyValue> resource, String scope, Span span) {

  private static final HexFormat HEX = HexFormat.of();

  /** The span's name. */
  public String name() {
    return span.getName();
  }

  /** The 32-digit trace id. */
  public String traceId() {
    return HEX.formatHex(span.getTraceId().toByteArray());
  }

  /** The 16-digit span id. */
  public String spanId() {
    return HEX.formatHex(span.getSpanId().toByteArray());
  }

  /** The parent's span id, or the empty string for a root span (the field is empty on the wire). */
  public String parentSpanId() {
    return HEX.formatHex(span.getParentSpanId().toByteArray());
  }

  /** The span's attributes by key, in the order they were sent. */
  public Map<String, AnyValue> attributes() {
    return toMap(span.getAttributesList());
  }

  /** The duration in nanoseconds, from the start and end times on the wire. */
  public long durationNanos() {
    return span.getEndTimeUnixNano() - span.getStartTimeUnixNano();
  }

  /** Key-value pairs as a map; a repeated key (which OTLP forbids) keeps its last value. */
  public static Map<String, AnyValue> toMap(List<KeyValue> pairs) {
    Map<String, AnyValue> map = new LinkedHashMap<>();
    for (KeyValue pair : pairs) {
      map.put(pair.getKey(), pair.getValue());
    }
    return map;
  }

  @Override
  public String toString() {
    return name() + " " + span.getKind() + " " + spanId() + " <- " + parentSpanId();
  }
}
