package dev.weftrace.weaver.internal;

/**
 * Writes the {@code @SpanTag(localRoot = true)} tags of a {@code @Trace} method to the trace's
 * local root ({@link TracerBridge#localRoot()}), asked for once per call right after the method's
 * own span started, so that a method whose span is itself the local root tags that span. Result
 * tags, which may arrive on another thread when a stage completes, go to the local root found then:
 * the call's {@link ActiveSpan} carries it ({@link WithRoot}), only for methods that have such
 * tags.
 */
final class LocalRootTags {

  private LocalRootTags() {}

  /**
   * Writes the local root tags of {@code args}; returns {@code span}, or {@code span} carrying the
   * local root when result tags will need it. Never throws: {@code span} is already current.
   */
  static ActiveSpan enter(TracerBridge bridge, MethodSpan method, Object[] args, ActiveSpan span) {
    TagSink root = TagTargets.of(bridge, true, method);
    if (root == TagSink.NONE) {
      return span;
    }
    try {
      method.localRootTags().bind(args, root);
    } catch (Throwable failure) {
      Failures.report("local root tags of " + method.spanName(), failure);
    }
    return method.localRootResultTags() == null ? span : new WithRoot(span, root);
  }

  /**
   * Writes the local root tags of {@code result}, a successful call's, if the call found a root.
   */
  static void bindResult(MethodSpan method, ActiveSpan span, Object result) {
    if (!(span instanceof WithRoot)) {
      return;
    }
    try {
      method.localRootResultTags().bind(result, ((WithRoot) span).root);
    } catch (Throwable failure) {
      Failures.report("local root result tags of " + method.spanName(), failure);
    }
  }

  /** A call's span, and the local root its result tags go to. */
  private static final class WithRoot implements ActiveSpan {
    private final ActiveSpan span;
    final TagSink root;

    WithRoot(ActiveSpan span, TagSink root) {
      this.span = span;
      this.root = root;
    }

    @Override
    public void closeScope() {
      span.closeScope();
    }

    @Override
    public void finish(Throwable thrown, boolean error) {
      span.finish(thrown, error);
    }

    @Override
    public void putString(String key, String value) {
      span.putString(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      span.putLong(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
      span.putDouble(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      span.putBoolean(key, value);
    }

    @Override
    public void putValue(String key, Object value) {
      span.putValue(key, value);
    }
  }
}
