package dev.weftrace.weaver.internal;

/**
 * A test bridge that starts spans only through {@link #start(MethodSpan, Object[])}, which the test
 * overrides: the typed advice's two steps open nothing.
 */
public abstract class ArgumentsOnlyBridge implements TracerBridge {

  @Override
  public abstract ActiveSpan start(MethodSpan method, Object[] args);

  @Override
  public SpanOpening open(MethodSpan method) {
    return SpanOpening.NONE;
  }
}
