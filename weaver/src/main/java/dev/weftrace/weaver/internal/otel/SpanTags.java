package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.BoundedTagSink;
import io.opentelemetry.api.trace.Span;

/** A running {@link Span} that weftrace did not start, taking tags as attributes. */
final class SpanTags extends BoundedTagSink {
  private final Span span;

  SpanTags(Span span) {
    this.span = span;
  }

  @Override
  protected void putBoundedString(String key, String value) {
    span.setAttribute(key, value);
  }

  @Override
  public void putLong(String key, long value) {
    span.setAttribute(key, value);
  }

  @Override
  public void putDouble(String key, double value) {
    span.setAttribute(key, value);
  }

  @Override
  public void putBoolean(String key, boolean value) {
    span.setAttribute(key, value);
  }
}
