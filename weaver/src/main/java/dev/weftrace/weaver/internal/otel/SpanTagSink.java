package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.BoundedTagSink;
import dev.weftrace.weaver.internal.TagSink;
import io.opentelemetry.api.trace.Span;

/**
 * Tags, as attributes, on a running span that weftrace did not start here: the current one, or a
 * local root ({@link #of}). The span of a woven call takes its tags through {@link OtelActiveSpan}.
 */
class SpanTagSink extends BoundedTagSink {
  final Span span;

  SpanTagSink(Span span) {
    this.span = span;
  }

  /** A sink over {@code span}; {@link TagSink#NONE} if it is {@code null} or records nothing. */
  static TagSink of(Span span) {
    return span != null && span.isRecording() ? new SpanTagSink(span) : TagSink.NONE;
  }

  /**
   * A sink over the current span, for tags set on every call of a {@code @TagSpan} method: a
   * sampled span is taken without asking whether it still records, which takes a lock in the SDK
   * (one more than the attributes themselves), since the SDK drops attributes set on a span that
   * has ended all the same. Any other span only if it records; {@link TagSink#NONE} for none.
   */
  static TagSink ofCurrent(Span span) {
    return span.getSpanContext().isSampled() || span.isRecording()
        ? new SpanTagSink(span)
        : TagSink.NONE;
  }

  @Override
  protected void putBoundedString(String key, String value) {
    span.setAttribute(AttributeKeys.SHARED.string(key), value);
  }

  @Override
  public void putLong(String key, long value) {
    span.setAttribute(AttributeKeys.SHARED.longKey(key), value);
  }

  @Override
  public void putDouble(String key, double value) {
    span.setAttribute(AttributeKeys.SHARED.doubleKey(key), value);
  }

  @Override
  public void putBoolean(String key, boolean value) {
    span.setAttribute(AttributeKeys.SHARED.booleanKey(key), value);
  }
}
