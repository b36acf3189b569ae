package dev.weftrace.weaver.internal;

/**
 * weftrace's own record of the local root for tracer APIs that keep none (OpenTracing without the
 * Datadog agent, Micrometer Tracing): the outermost span of the current trace on this thread that
 * weftrace can see. A bridge {@linkplain #enter records} one when a weftrace span starts while
 * nothing is recorded on the thread: the span current at that moment if there is one (a framework's
 * request span, say), else the new span itself; {@code noParent} spans record themselves. It
 * {@linkplain #exit() forgets} the record when that weftrace span's scope closes, so the record
 * follows the scopes. Where nothing is recorded, the bridge takes the current span by the same
 * rule. Checking the record costs one thread-local read per span, and nothing else while one is
 * there: a span of another trace started by hand inside a weftrace span is not noticed. Work handed
 * to another thread sees no record there.
 *
 * <p>As a {@link TagSink} it passes tags to its span until {@linkplain #spanEnded the span ends} if
 * weftrace started it, and drops them after, so that a tag set late is lost on every tracer rather
 * than landing on a span some already reported. A span weftrace did not start ends without weftrace
 * knowing: late tags go to it, and tracers ignore tags on ended spans.
 */
public final class LocalRootRecord implements TagSink {

  private static final ThreadLocal<LocalRootRecord> CURRENT = new ThreadLocal<>();

  private final TagSink span;
  private final LocalRootRecord previous;
  private volatile boolean ended;

  private LocalRootRecord(TagSink span, LocalRootRecord previous) {
    this.span = span;
    this.previous = previous;
  }

  /** Whether a local root is recorded on this thread. */
  public static boolean recorded() {
    return CURRENT.get() != null;
  }

  /**
   * Records {@code span} as the local root on this thread until {@link #exit()}: the span current
   * when a weftrace span started with nothing recorded, else that weftrace span.
   */
  public static LocalRootRecord enter(TagSink span) {
    LocalRootRecord record = new LocalRootRecord(span, CURRENT.get());
    CURRENT.set(record);
    return record;
  }

  /** The recorded local root on this thread; {@link TagSink#NONE} if none, or if it has ended. */
  public static TagSink current() {
    LocalRootRecord record = CURRENT.get();
    return record == null || record.ended ? TagSink.NONE : record;
  }

  /** Its span's scope closed: the record before it applies again on this thread. */
  public void exit() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /**
   * {@code ended} ended: if it is the recorded span, later tags for it are dropped, on any thread.
   */
  public void spanEnded(TagSink ended) {
    if (ended == span) {
      this.ended = true;
    }
  }

  @Override
  public void putString(String key, String value) {
    if (!ended) {
      span.putString(key, value);
    }
  }

  @Override
  public void putLong(String key, long value) {
    if (!ended) {
      span.putLong(key, value);
    }
  }

  @Override
  public void putDouble(String key, double value) {
    if (!ended) {
      span.putDouble(key, value);
    }
  }

  @Override
  public void putBoolean(String key, boolean value) {
    if (!ended) {
      span.putBoolean(key, value);
    }
  }
}
