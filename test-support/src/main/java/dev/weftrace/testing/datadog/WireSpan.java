package dev.weftrace.testing.datadog;

import java.util.Map;

/**
 * One span as the Datadog agent sent it to the {@link FakeDatadogIntake}, decoded from msgpack: the
 * fields of the {@code /v0.4/traces} span map that tests and benchmark checks read. Ids are the
 * unsigned 64-bit wire values kept as Java {@code long} bit patterns, so they compare exactly;
 * {@link #idString} prints them.
 *
 * @param service the span's service
 * @param name the operation name
 * @param resource the resource
 * @param traceId the low 64 bits of the trace id
 * @param spanId the span id
 * @param parentId the parent's span id, 0 for a root
 * @param start start time, nanoseconds since the epoch
 * @param duration duration in nanoseconds
 * @param error 1 if the span is an error, else 0
 * @param meta string tags
 * @param metrics numeric tags
 * @param type the span type, {@code null} if the agent sent none
 */
public record WireSpan(
    String service,
    String name,
    String resource,
    long traceId,
    long spanId,
    long parentId,
    long start,
    long duration,
    int error,
    Map<String, String> meta,
    Map<String, Double> metrics,
    String type) {

  public WireSpan {
    meta = Map.copyOf(meta);
    metrics = Map.copyOf(metrics);
  }

  /** Whether this span has no parent in its trace. */
  public boolean isRoot() {
    return parentId == 0;
  }

  /** Whether {@code other} is this span's parent: same trace, and its span id is our parent id. */
  public boolean isChildOf(WireSpan other) {
    return traceId == other.traceId && parentId == other.spanId;
  }

  /** The string tag {@code key}, or {@code null}. */
  public String meta(String key) {
    return meta.get(key);
  }

  /** The numeric tag {@code key}, or {@code null}. */
  public Double metric(String key) {
    return metrics.get(key);
  }

  /** An unsigned 64-bit id as Datadog prints it. */
  public static String idString(long id) {
    return Long.toUnsignedString(id);
  }

  /** One line per span for failure messages; the stack trace is cut to its first line. */
  @Override
  public String toString() {
    StringBuilder line =
        new StringBuilder()
            .append(name)
            .append(" [resource=")
            .append(resource)
            .append(", service=")
            .append(service)
            .append(", type=")
            .append(type)
            .append(", error=")
            .append(error)
            .append(", trace=")
            .append(idString(traceId))
            .append(", span=")
            .append(idString(spanId))
            .append(", parent=")
            .append(idString(parentId))
            .append(", duration=")
            .append(duration / 1_000)
            .append("us, meta={");
    meta.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              String value = e.getValue();
              int newline = value.indexOf('\n');
              String shown = newline < 0 ? value : value.substring(0, newline) + " ...";
              line.append(e.getKey()).append('=').append(shown).append(", ");
            });
    line.append("}, metrics={");
    metrics.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> line.append(e.getKey()).append('=').append(e.getValue()).append(", "));
    return line.append("}]").toString();
  }
}
