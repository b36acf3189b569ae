package dev.weftrace.it.stress;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A span processor that counts and checks every span as it starts and ends, and keeps nothing else:
 * memory stays bounded by the spans open at once, however long the run. Called synchronously by the
 * SDK, so unlike an exporter behind a queue it cannot miss a span.
 *
 * <p>Checks, each counted as a violation, unless the nesting is {@link Nesting#NONE}:
 *
 * <ul>
 *   <li>an end of a span that is not open (never started here, or ended twice);
 *   <li>parent links, by {@link Nesting}: with {@link Nesting#SAME_THREAD}, a span's parent must be
 *       the innermost span open on the starting thread (or none for a root span), in the same
 *       trace, and spans must end on that thread innermost first; with {@link Nesting#ROOTS} every
 *       span must be a root;
 * </ul>
 *
 * <p>and in every case whatever the optional per-span check says about an ended span.
 *
 * <p>The SDK itself never calls {@code onEnd} twice for one span, so a second {@code end()} is also
 * caught where the SDK notices it; see {@link EndedSpanCalls}.
 */
final class SpanLedger implements SpanProcessor {

  /** How parents are checked. */
  enum Nesting {
    /**
     * Synchronous calls: parent is the innermost span open on the thread; ends go innermost first.
     */
    SAME_THREAD,
    /** Every span is a root span; spans may end on any thread. */
    ROOTS,
    /** Counts only, and keeps no span, so spans that never end cost nothing. */
    NONE
  }

  private static final int SAMPLES = 5;

  private final Nesting nesting;
  private final Function<ReadableSpan, String> endCheck;
  private final LongAdder started = new LongAdder();
  private final LongAdder ended = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final LongAdder violations = new LongAdder();
  private final Set<ReadableSpan> open = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<ArrayDeque<ReadableSpan>> stacks =
      ThreadLocal.withInitial(ArrayDeque::new);
  private final List<String> samples = new ArrayList<>();

  /**
   * @param endCheck describes what is wrong with an ended span, or returns {@code null}; {@code
   *     null} for no check
   */
  SpanLedger(Nesting nesting, Function<ReadableSpan, String> endCheck) {
    this.nesting = nesting;
    this.endCheck = endCheck;
  }

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {
    started.increment();
    if (nesting == Nesting.NONE) {
      return;
    }
    open.add(span);
    SpanContext parent = span.getParentSpanContext();
    ArrayDeque<ReadableSpan> stack = stacks.get();
    ReadableSpan expected = nesting == Nesting.SAME_THREAD ? stack.peek() : null;
    if (expected == null) {
      if (parent.isValid()) {
        violation("root span " + span.getName() + " has parent " + parent.getSpanId());
      }
    } else {
      SpanContext expectedContext = expected.getSpanContext();
      if (!parent.getSpanId().equals(expectedContext.getSpanId())
          || !parent.getTraceId().equals(expectedContext.getTraceId())
          || !span.getSpanContext().getTraceId().equals(expectedContext.getTraceId())) {
        violation(
            span.getName()
                + " has parent "
                + parent.getSpanId()
                + ", expected "
                + expected.getName()
                + " "
                + expectedContext.getSpanId());
      }
    }
    if (nesting == Nesting.SAME_THREAD) {
      stack.push(span);
    }
  }

  @Override
  public void onEnd(ReadableSpan span) {
    ended.increment();
    if (nesting != Nesting.NONE && !open.remove(span)) {
      violation(
          span.getName() + " " + span.getSpanContext().getSpanId() + " ended but was not open");
    }
    if (nesting == Nesting.SAME_THREAD) {
      ArrayDeque<ReadableSpan> stack = stacks.get();
      if (stack.peek() != span) {
        violation(span.getName() + " ended while not the innermost open span of its thread");
        stack.remove(span);
      } else {
        stack.pop();
      }
    }
    if (span.toSpanData().getStatus().getStatusCode() == StatusCode.ERROR) {
      errors.increment();
    }
    if (endCheck != null) {
      String wrong = endCheck.apply(span);
      if (wrong != null) {
        violation(wrong);
      }
    }
  }

  @Override
  public boolean isStartRequired() {
    return true;
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  long started() {
    return started.sum();
  }

  long ended() {
    return ended.sum();
  }

  /** Spans started and not ended; unknown (0) with {@link Nesting#NONE}. */
  long open() {
    return open.size();
  }

  /** Ended spans with status {@code ERROR}. */
  long errors() {
    return errors.sum();
  }

  long violations() {
    return violations.sum();
  }

  /** The first few violations, described. */
  List<String> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  private void violation(String description) {
    violations.increment();
    synchronized (samples) {
      if (samples.size() < SAMPLES) {
        samples.add(description);
      }
    }
  }
}
