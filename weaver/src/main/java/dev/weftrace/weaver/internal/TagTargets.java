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
    return KillSwitch.ENABLED ? of(TracerRegistry.current(), false, null) : TagSink.NONE;
  }

  /**
   * The local root of the current trace; {@link TagSink#NONE} when unknown, ended, or weftrace is
   * switched off. Never throws.
   */
  public static TagSink localRoot() {
    return KillSwitch.ENABLED ? of(TracerRegistry.current(), true, null) : TagSink.NONE;
  }

  /**
   * {@code bridge}'s current span, or its local root; {@link TagSink#NONE} if it has none or fails,
   * which is reported with the name of {@code method}'s span, if given. Never throws. Called on
   * every call of a method with such tags: the report's text is built only on failure.
   */
  static TagSink of(TracerBridge bridge, boolean localRoot, MethodSpan method) {
    try {
      TagSink sink = localRoot ? bridge.localRoot() : bridge.currentSpan();
      return sink != null ? sink : TagSink.NONE;
    } catch (Throwable failure) {
      String what = localRoot ? "local root" : "current span";
      Failures.report(method == null ? what : what + " of " + method.spanName(), failure);
      return TagSink.NONE;
    }
  }
}
