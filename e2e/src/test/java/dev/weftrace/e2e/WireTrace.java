package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.testing.datadog.WireSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The spans of one trace as they arrived, with look-ups that fail with the whole trace in the
 * message: the agent's order of spans is not specified, so tests find spans by name, never by
 * position.
 *
 * @param spans the spans sharing one trace id
 */
record WireTrace(List<WireSpan> spans) {

  WireTrace {
    spans = List.copyOf(spans);
  }

  /** Groups spans by trace id, in order of each trace's first span. */
  static List<WireTrace> group(List<WireSpan> spans) {
    Map<Long, List<WireSpan>> byTrace = new LinkedHashMap<>();
    for (WireSpan span : spans) {
      byTrace.computeIfAbsent(span.traceId(), id -> new ArrayList<>()).add(span);
    }
    return byTrace.values().stream().map(WireTrace::new).toList();
  }

  /** The one trace whose root has meta tag {@code key} = {@code value}. */
  static WireTrace withRootTag(List<WireTrace> traces, String key, String value) {
    List<WireTrace> matching =
        traces.stream().filter(t -> value.equals(t.root().meta(key))).toList();
    assertThat(matching)
        .as("traces whose root has %s=%s among\n%s", key, value, describe(traces))
        .hasSize(1);
    return matching.get(0);
  }

  /** The one root span, with no parent. */
  WireSpan root() {
    List<WireSpan> roots = spans.stream().filter(WireSpan::isRoot).toList();
    assertThat(roots).as("root spans of\n%s", this).hasSize(1);
    return roots.get(0);
  }

  /** The one span with operation name {@code name}. */
  WireSpan named(String name) {
    return single(WireSpan::name, name);
  }

  /** The one span with resource {@code resource}. */
  WireSpan withResource(String resource) {
    return single(WireSpan::resource, resource);
  }

  /** The operation names of all spans, one entry per span. */
  List<String> names() {
    return spans.stream().map(WireSpan::name).toList();
  }

  /** The resources of all spans, one entry per span. */
  List<String> resources() {
    return spans.stream().map(WireSpan::resource).toList();
  }

  private WireSpan single(Function<WireSpan, String> field, String value) {
    List<WireSpan> matching = spans.stream().filter(s -> value.equals(field.apply(s))).toList();
    assertThat(matching).as("spans matching '%s' in\n%s", value, this).hasSize(1);
    return matching.get(0);
  }

  /** All traces, one span per line, for failure messages. */
  static String describe(List<WireTrace> traces) {
    return traces.stream().map(WireTrace::toString).collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return spans.stream().map(s -> "  " + s).collect(Collectors.joining("\n", "trace:\n", ""));
  }
}
