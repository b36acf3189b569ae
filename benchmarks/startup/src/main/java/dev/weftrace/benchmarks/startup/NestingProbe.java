package dev.weftrace.benchmarks.startup;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks at the tracer's current span from inside traced calls and checks that it is a real one: in
 * each observed order, the root call and the deepest call both see a recording span, in the same
 * trace, and not the same span. So each observed order was traced, and its nested call was traced
 * as a child, not as a trace of its own. Subclasses read the current span through one tracer's API.
 */
abstract class NestingProbe {

  /** The identity of the current span as one tracer's API tells it. */
  record SpanIds(String traceId, String spanId, boolean recording) {}

  private final List<String> problems = new ArrayList<>();
  private SpanIds root;
  private int nestedPairs;

  /** The current span, as this probe's tracer API sees it. */
  abstract SpanIds current();

  /** What {@link #verdict} calls the spans it saw, e.g. "recording OpenTelemetry spans". */
  abstract String describe();

  /** To be called inside a root traced call. */
  final void insideRoot() {
    root = current();
    if (!root.recording()) {
      problems.add("no recording span in the root call: " + root);
    }
  }

  /** To be called inside the deepest traced call, after {@link #insideRoot} for the same order. */
  final void insideLeaf() {
    SpanIds leaf = current();
    if (root == null || !leaf.recording()) {
      problems.add("no recording span in the leaf call: " + leaf);
    } else if (!leaf.traceId().equals(root.traceId()) || leaf.spanId().equals(root.spanId())) {
      problems.add("leaf span " + leaf + " is not a child span in root's trace " + root);
    } else {
      nestedPairs++;
    }
    root = null;
  }

  /**
   * Says what was seen.
   *
   * @throws IllegalStateException if any observation failed, or fewer than {@code expectedPairs}
   *     root and leaf pairs were observed
   */
  final String verdict(int expectedPairs) {
    if (!problems.isEmpty() || nestedPairs != expectedPairs) {
      throw new IllegalStateException(
          nestedPairs + " of " + expectedPairs + " orders seen traced; " + problems);
    }
    return describe()
        + " in root and leaf calls of "
        + nestedPairs
        + " orders, leaf nested in root";
  }
}
