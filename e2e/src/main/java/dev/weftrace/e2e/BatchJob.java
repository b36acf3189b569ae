package dev.weftrace.e2e;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.Locale;

/**
 * A job whose one trace has spans of every shape {@link DropShortSpans} decides on: fast and slow
 * leaves, a fast failure, a fast parent with a fast child, and a fast cache lookup with an
 * operation name of its own.
 */
public final class BatchJob {

  private final long slowMillis;

  /** {@code slowMillis}: how long {@link #slow} takes; fast methods take microseconds. */
  public BatchJob(long slowMillis) {
    this.slowMillis = slowMillis;
  }

  /** The root span: runs every step once. */
  @Trace
  public void run() throws InterruptedException {
    quick();
    slow();
    try {
      quickFailure();
    } catch (IllegalStateException expected) {
      // The job carries on; the span stays an error.
    }
    quickParent();
    cacheGet("user:7");
  }

  @Trace
  void quick() {
    // Nothing to do: a span with no information but its existence.
  }

  @Trace
  void slow() throws InterruptedException {
    Thread.sleep(slowMillis);
  }

  @Trace
  void quickFailure() {
    throw new IllegalStateException("quick but failed");
  }

  @Trace
  void quickParent() {
    quickChild();
  }

  @Trace
  void quickChild() {
    // A fast leaf under a fast parent.
  }

  @Trace(operationName = "cache.get")
  String cacheGet(@SpanTag("cache.key") String key) {
    return key.toUpperCase(Locale.ROOT);
  }
}
