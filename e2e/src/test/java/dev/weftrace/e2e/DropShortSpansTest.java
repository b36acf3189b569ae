package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import datadog.trace.api.interceptor.MutableSpan;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decisions of {@link DropShortSpans} on traces built here, for the cases a real run cannot
 * produce on demand: overlapping spans on other threads, a child that outlives its parent, ties.
 * Times are in nanoseconds; the threshold is 100.
 */
class DropShortSpansTest {

  private final DropShortSpans interceptor = DropShortSpans.shorterThan(Duration.ofNanos(100));

  @Test
  void dropsAShortLeaf() {
    MutableSpan root = span("root", 0, 1_000, false, null);
    MutableSpan leaf = span("leaf", 10, 50, false, root);

    assertThat(kept(root, leaf)).containsExactly("root");
  }

  @Test
  void keepsASpanAtTheThreshold() {
    MutableSpan root = span("root", 0, 1_000, false, null);
    MutableSpan leaf = span("leaf", 10, 100, false, root);

    assertThat(kept(root, leaf)).containsExactly("root", "leaf");
  }

  @Test
  void keepsAShortError() {
    MutableSpan root = span("root", 0, 1_000, false, null);
    MutableSpan failed = span("failed", 10, 5, true, root);

    assertThat(kept(root, failed)).containsExactly("root", "failed");
  }

  @Test
  void keepsAShortLocalRoot() {
    MutableSpan root = span("root", 0, 5, false, null);

    assertThat(kept(root)).containsExactly("root");
  }

  @Test
  void keepsAShortParentAndDropsItsShortChild() {
    MutableSpan root = span("root", 0, 1_000, false, null);
    MutableSpan parent = span("parent", 10, 50, false, root);
    MutableSpan child = span("child", 20, 10, false, root);

    assertThat(kept(root, parent, child)).containsExactly("root", "parent");
  }

  @Test
  void keepsAShortParentWhoseChildOutlivesIt() {
    MutableSpan root = span("root", 0, 1_000, false, null);
    MutableSpan parent = span("parent", 10, 50, false, root);
    MutableSpan async = span("async", 40, 500, false, root);

    assertThat(kept(root, parent, async)).containsExactly("root", "parent", "async");
  }

  @Test
  void keepsAShortSpanThatASpanOnAnotherThreadStartedDuring() {
    MutableSpan root = span("root", 0, 1_000, false, null);
    MutableSpan short1 = span("short1", 10, 50, false, root);
    MutableSpan short2 = span("short2", 30, 50, false, root);

    assertThat(kept(root, short1, short2)).containsExactly("root", "short1");
  }

  @Test
  void treatsAnEqualStartAsAPossibleChild() {
    MutableSpan root = span("root", 0, 1_000, false, null);
    MutableSpan first = span("first", 10, 50, false, root);
    MutableSpan second = span("second", 10, 50, false, root);

    assertThat(kept(root, first, second)).containsExactly("root", "first", "second");
  }

  @Test
  void withNamesDropsOnlyThoseNamesIgnoringCase() {
    DropShortSpans named = interceptor.onlyNamed("Cache.Get");
    MutableSpan root = span("root", 0, 1_000, false, null);
    MutableSpan cache = span("cache.get", 10, 5, false, root);
    MutableSpan other = span("other", 20, 5, false, root);

    assertThat(names(named.onTraceComplete(List.of(root, cache, other))))
        .containsExactly("root", "other");
  }

  @Test
  void returnsTheTraceItselfWhenNothingIsDropped() {
    MutableSpan root = span("root", 0, 1_000, false, null);
    List<MutableSpan> trace = List.of(root);

    assertThat(interceptor.onTraceComplete(trace)).isSameAs(trace);
  }

  private List<String> kept(MutableSpan... trace) {
    return names(interceptor.onTraceComplete(List.of(trace)));
  }

  private static List<String> names(Collection<? extends MutableSpan> spans) {
    List<String> names = new ArrayList<>();
    spans.forEach(span -> names.add(span.getOperationName().toString()));
    return names;
  }

  /** A span with just what the interceptor reads; {@code root == null} makes it its own root. */
  private static MutableSpan span(
      String name, long start, long duration, boolean error, MutableSpan root) {
    MutableSpan[] self = new MutableSpan[1];
    self[0] =
        (MutableSpan)
            Proxy.newProxyInstance(
                MutableSpan.class.getClassLoader(),
                new Class<?>[] {MutableSpan.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getOperationName", "toString" -> name;
                      case "getStartTime" -> start;
                      case "getDurationNano" -> duration;
                      case "isError" -> error;
                      case "getLocalRootSpan" -> root == null ? self[0] : root;
                      case "hashCode" -> System.identityHashCode(proxy);
                      case "equals" -> proxy == args[0];
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return self[0];
  }
}
