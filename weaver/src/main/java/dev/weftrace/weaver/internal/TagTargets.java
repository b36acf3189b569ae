package dev.weftrace.weaver.internal;

/**
 * The spans that code tags without creating them, for {@code dev.weftrace.weaver.SpanTags}: the
 * current span and the local root, from the bridge in use. Not public API.
 */
public final class TagTargets {

  private TagTargets() {}

  /**
   * The span current on this thread; {@link TagSink#NONE} when there is none, it records nothing,
   * or weftrace is switched off. Never throws.
   */
  public static TagSink currentSpan() {
    if (!KillSwitch.ENABLED) {
      return TagSink.NONE;
    }
    try {
      return TracerRegistry.current().currentSpan();
    } catch (Throwable failure) {
      Failures.report("current span", failure);
      return TagSink.NONE;
    }
  }

  /**
   * The local root of the current trace; {@link TagSink#NONE} when unknown, ended, or weftrace is
   * switched off. Never throws.
   */
  public static TagSink localRoot() {
    if (!KillSwitch.ENABLED) {
      return TagSink.NONE;
    }
    try {
      return TracerRegistry.current().localRoot();
    } catch (Throwable failure) {
      Failures.report("local root", failure);
      return TagSink.NONE;
    }
  }
}
