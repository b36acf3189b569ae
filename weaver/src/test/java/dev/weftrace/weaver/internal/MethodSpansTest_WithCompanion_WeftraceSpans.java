package dev.weftrace.weaver.internal;

/** What the processor generates for {@code MethodSpansTest.WithCompanion}, written by hand. */
public final class MethodSpansTest_WithCompanion_WeftraceSpans implements SpanCompanion {

  static final MethodSpan TRACED = MethodSpan.builder("from companion").build();

  @Override
  public MethodSpan find(String methodKey) {
    return methodKey.equals("traced()") ? TRACED : null;
  }
}
