package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.BoundedTagSink;
import io.opentelemetry.api.trace.SpanBuilder;

/** A {@link SpanBuilder} taking a span's start tags as attributes, before the span starts. */
final class SpanBuilderTags extends BoundedTagSink {
  private final SpanBuilder builder;

  SpanBuilderTags(SpanBuilder builder) {
    this.builder = builder;
  }

  @Override
  protected void putBoundedString(String key, String value) {
    builder.setAttribute(key, value);
  }

  @Override
  public void putLong(String key, long value) {
    builder.setAttribute(key, value);
  }

  @Override
  public void putDouble(String key, double value) {
    builder.setAttribute(key, value);
  }

  @Override
  public void putBoolean(String key, boolean value) {
    builder.setAttribute(key, value);
  }
}
