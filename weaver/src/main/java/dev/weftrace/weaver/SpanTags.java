package dev.weftrace.weaver;

import dev.weftrace.weaver.internal.Failures;
import dev.weftrace.weaver.internal.TagSink;
import dev.weftrace.weaver.internal.TagTargets;

/**
 * Tags a span from code: the span current on this thread, or the local root of its trace. For
 * values that exist only inside a method, such as a cache hit or a row count:
 *
 * <pre>{@code
 * SpanTags.current().tag("cache.hit", hit);
 * SpanTags.localRoot().tag("customer.id", customerId);
 * }</pre>
 *
 * <p>It works the same whichever tracer API weftrace uses (OpenTelemetry, OpenTracing under the
 * Datadog agent, Micrometer Tracing), and on spans weftrace did not create, such as the web
 * framework's request span. Values follow the {@code @SpanTag} rules: a {@code null} string (or
 * key) is left out, long strings are capped. Where there is nothing to tag (no current span, a span
 * that records nothing, a local root that has already ended, or weftrace switched off with {@code
 * weftrace.enabled=false}), every call does nothing. No call ever throws: a failure inside the
 * tracer is logged once and the tag is lost.
 *
 * <p>The <em>local root</em> is the first span of the trace in this process, typically the incoming
 * request's server span; how each backend finds it is in docs/backends.md. An object returned here
 * is meant to be used at once, not kept: it tags the span that was current when it was obtained.
 */
public final class SpanTags {

  private static final SpanTags NONE = new SpanTags(TagSink.NONE);

  private final TagSink sink;

  private SpanTags(TagSink sink) {
    this.sink = sink;
  }

  /** The span current on this thread. */
  public static SpanTags current() {
    return of(TagTargets.currentSpan());
  }

  /**
   * The local root of the current trace: its first span in this process, typically the incoming
   * request's server span.
   */
  public static SpanTags localRoot() {
    return of(TagTargets.localRoot());
  }

  private static SpanTags of(TagSink sink) {
    return sink == TagSink.NONE ? NONE : new SpanTags(sink);
  }

  /** Sets a string tag; a {@code null} value leaves it out. Returns this, for more tags. */
  public SpanTags tag(String key, String value) {
    if (sink != TagSink.NONE && key != null) {
      try {
        sink.putString(key, value);
      } catch (Throwable failure) {
        Failures.report("SpanTags.tag(" + key + ")", failure);
      }
    }
    return this;
  }

  /** Sets an integral tag (a metric on Datadog). Returns this, for more tags. */
  public SpanTags tag(String key, long value) {
    if (sink != TagSink.NONE && key != null) {
      try {
        sink.putLong(key, value);
      } catch (Throwable failure) {
        Failures.report("SpanTags.tag(" + key + ")", failure);
      }
    }
    return this;
  }

  /** Sets a floating-point tag (a metric on Datadog). Returns this, for more tags. */
  public SpanTags tag(String key, double value) {
    if (sink != TagSink.NONE && key != null) {
      try {
        sink.putDouble(key, value);
      } catch (Throwable failure) {
        Failures.report("SpanTags.tag(" + key + ")", failure);
      }
    }
    return this;
  }

  /** Sets a boolean tag. Returns this, for more tags. */
  public SpanTags tag(String key, boolean value) {
    if (sink != TagSink.NONE && key != null) {
      try {
        sink.putBoolean(key, value);
      } catch (Throwable failure) {
        Failures.report("SpanTags.tag(" + key + ")", failure);
      }
    }
    return this;
  }
}
