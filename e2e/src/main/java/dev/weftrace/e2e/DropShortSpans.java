package dev.weftrace.e2e;

import datadog.trace.api.interceptor.MutableSpan;
import datadog.trace.api.interceptor.TraceInterceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Datadog {@link TraceInterceptor} that removes short, uneventful spans before the agent sends a
 * trace, for methods that are worth tracing when slow but are noise when fast. Register it once, at
 * start-up, under the dd-java-agent:
 *
 * <pre>{@code
 * datadog.trace.api.GlobalTracer.get()
 *     .addTraceInterceptor(DropShortSpans.shorterThan(Duration.ofMillis(2)));
 * }</pre>
 *
 * <p>A span is dropped when all of these hold: it lasted less than the threshold; it is not an
 * error; it is not the root of its (local) trace; no other span of the trace started while it ran;
 * and, if {@link #onlyNamed} was used, its operation name is one of the given ones (compared
 * ignoring case, since the agent lower-cases OpenTelemetry operation names).
 *
 * <p>{@link MutableSpan} exposes no span or parent ids, so children are found by time: a child
 * always starts while its parent runs, so a span with a child is never dropped and no kept span
 * loses its parent. The price is that a short span that merely overlapped the start of a span on
 * another thread is kept.
 *
 * <p>The agent runs interceptors when a trace's root span ends, in order of {@link #priority()},
 * and accepts one interceptor per priority: {@code addTraceInterceptor} returns {@code false} for a
 * second one. Without the agent, {@code GlobalTracer.get()} is a no-op tracer and registering does
 * nothing.
 */
public final class DropShortSpans implements TraceInterceptor {

  /** The priority of this interceptor; any value no other registered interceptor uses. */
  public static final int PRIORITY = 4242;

  private final long thresholdNanos;
  private final Set<String> names;

  private DropShortSpans(long thresholdNanos, Set<String> names) {
    this.thresholdNanos = thresholdNanos;
    this.names = names;
  }

  /** Drops spans of any name that lasted less than {@code threshold}, as described above. */
  public static DropShortSpans shorterThan(Duration threshold) {
    if (threshold.isNegative()) {
      throw new IllegalArgumentException("negative threshold " + threshold);
    }
    return new DropShortSpans(threshold.toNanos(), Set.of());
  }

  /** The same rule, restricted to spans with one of these operation names. */
  public DropShortSpans onlyNamed(String... operationNames) {
    Set<String> lowerCase =
        Arrays.stream(operationNames)
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    return new DropShortSpans(thresholdNanos, lowerCase);
  }

  @Override
  public Collection<? extends MutableSpan> onTraceComplete(
      Collection<? extends MutableSpan> trace) {
    long[] starts = trace.stream().mapToLong(MutableSpan::getStartTime).sorted().toArray();
    List<MutableSpan> kept = new ArrayList<>(trace.size());
    for (MutableSpan span : trace) {
      if (!droppable(span, starts)) {
        kept.add(span);
      }
    }
    return kept.size() == trace.size() ? trace : kept;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  private boolean droppable(MutableSpan span, long[] starts) {
    return span.getDurationNano() < thresholdNanos
        && !span.isError()
        && span.getLocalRootSpan() != span
        && hasName(span)
        && !othersStartDuring(span, starts);
  }

  private boolean hasName(MutableSpan span) {
    CharSequence name = span.getOperationName();
    return names.isEmpty()
        || (name != null && names.contains(name.toString().toLowerCase(Locale.ROOT)));
  }

  /** Whether a start time other than the span's own lies within [start, end] of the span. */
  private static boolean othersStartDuring(MutableSpan span, long[] starts) {
    long start = span.getStartTime();
    long end = start + span.getDurationNano();
    return countAtMost(starts, end) - countAtMost(starts, start - 1) > 1;
  }

  /** How many of the sorted {@code values} are at most {@code limit}. */
  private static int countAtMost(long[] values, long limit) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (values[middle] <= limit) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
