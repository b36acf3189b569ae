package dev.weftrace.sample.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders the ended spans of one trace as an indented ASCII tree, one line per span:
 *
 * <pre>
 * trace 0af7651916cd43dd8448eb211c80319c (3 spans)
 * `-- OrderService.placeOrder SERVER  52.3 ms at +0.0 ms  order.id="ORD-1"
 *     |-- InventoryService.reserve  40.2 ms at +0.1 ms  units=3
 *     `-- payment.charge CLIENT  8.1 ms at +41.0 ms  amount=64.9 =&gt; ERROR Declined: no funds
 * </pre>
 *
 * <p>Each line holds the span's name, its kind unless {@code INTERNAL}, its duration, its start
 * relative to the trace's first span, its attributes sorted by key (strings quoted) and, for an
 * error, the exception type and status description. Siblings are sorted by start time, so the shape
 * of the tree is the same on every run; a span whose parent is not among the spans (a remote
 * parent, or one still running) is drawn at the top level.
 */
public final class TraceTree {

  private static final AttributeKey<String> EXCEPTION_TYPE =
      AttributeKey.stringKey("exception.type");
  private static final Comparator<SpanData> BY_START =
      Comparator.comparingLong(SpanData::getStartEpochNanos).thenComparing(SpanData::getName);

  private final Map<String, List<SpanData>> children = new HashMap<>();
  private final List<String> lines = new ArrayList<>();
  private final long origin;

  private TraceTree(long origin) {
    this.origin = origin;
  }

  /**
   * The lines of the tree of {@code spans}, which must all belong to one trace and not be empty.
   *
   * @param stillRunning spans of the trace that had not ended, mentioned in the header
   */
  public static List<String> render(Collection<SpanData> spans, int stillRunning) {
    List<SpanData> sorted = spans.stream().sorted(BY_START).collect(Collectors.toList());
    TraceTree tree = new TraceTree(sorted.get(0).getStartEpochNanos());
    Set<String> ids = sorted.stream().map(SpanData::getSpanId).collect(Collectors.toSet());
    List<SpanData> roots = new ArrayList<>();
    for (SpanData span : sorted) {
      String parent = span.getParentSpanId();
      if (ids.contains(parent)) {
        tree.children.computeIfAbsent(parent, id -> new ArrayList<>()).add(span);
      } else {
        roots.add(span);
      }
    }
    tree.lines.add(header(sorted, stillRunning));
    tree.addLevel(roots, "");
    return tree.lines;
  }

  private static String header(List<SpanData> spans, int stillRunning) {
    String count = spans.size() == 1 ? "1 span" : spans.size() + " spans";
    return "trace "
        + spans.get(0).getTraceId()
        + (stillRunning == 0
            ? " (" + count + ")"
            : " (" + count + " ended, " + stillRunning + " still running at shutdown)");
  }

  private void addLevel(List<SpanData> level, String indent) {
    for (int i = 0; i < level.size(); i++) {
      boolean last = i == level.size() - 1;
      SpanData span = level.get(i);
      lines.add(indent + (last ? "`-- " : "|-- ") + describe(span));
      addLevel(
          children.getOrDefault(span.getSpanId(), List.of()), indent + (last ? "    " : "|   "));
    }
  }

  private String describe(SpanData span) {
    StringBuilder line = new StringBuilder(span.getName());
    if (span.getKind() != SpanKind.INTERNAL) {
      line.append(' ').append(span.getKind());
    }
    line.append(
        String.format(
            Locale.ROOT,
            "  %.1f ms at +%.1f ms",
            millis(span.getEndEpochNanos() - span.getStartEpochNanos()),
            millis(span.getStartEpochNanos() - origin)));
    String attributes = attributes(span);
    if (!attributes.isEmpty()) {
      line.append("  ").append(attributes);
    }
    if (span.getStatus().getStatusCode() == StatusCode.ERROR) {
      line.append("  => ERROR ").append(error(span));
    }
    return line.toString();
  }

  private static String attributes(SpanData span) {
    Map<String, String> sorted = new TreeMap<>();
    span.getAttributes()
        .forEach((key, value) -> sorted.put(key.getKey(), format(key.getType(), value)));
    return sorted.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  private static String format(AttributeType type, Object value) {
    return type == AttributeType.STRING ? "\"" + value + "\"" : String.valueOf(value);
  }

  /** {@code Type: description}, either part left out when the span does not have it. */
  private static String error(SpanData span) {
    String type =
        span.getEvents().stream()
            .map(EventData::getAttributes)
            .map(attributes -> attributes.get(EXCEPTION_TYPE))
            .filter(name -> name != null)
            .map(TraceTree::simpleName)
            .findFirst()
            .orElse("");
    String description = span.getStatus().getDescription();
    if (type.isEmpty() || description.isEmpty()) {
      return type + description;
    }
    return type + ": " + description;
  }

  private static String simpleName(String className) {
    return className.substring(
        Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
