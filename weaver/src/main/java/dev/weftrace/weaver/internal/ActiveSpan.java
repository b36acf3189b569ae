package dev.weftrace.weaver.internal;

/**
 * One running span and the context scope that made it current, as a tracer bridge holds them
 * between a traced method's start and its end. As a {@link TagSink} it takes tags that become known
 * only at the end, such as those of the result.
 */
public interface ActiveSpan extends TagSink {

  /** A span that records nothing: for untraced methods, and when starting a span failed. */
  ActiveSpan NOOP = new NoopSpan();

  /** Makes the caller's context current again. Called exactly once, when the method returns. */
  void closeScope();

  /**
   * Ends the span. Called exactly once: when the method returns, or when the {@code
   * CompletionStage} it returned completes.
   *
   * @param thrown what the method threw (or its stage failed with), recorded on the span; {@code
   *     null} after success
   * @param error whether {@code thrown} marks the span as an error: {@code false} for the
   *     exceptions the annotation expects
   */
  void finish(Throwable thrown, boolean error);

  /** See {@link #NOOP} and {@link SpanOpening#NONE}. */
  final class NoopSpan implements ActiveSpan, SpanOpening {
    private NoopSpan() {}

    @Override
    public ActiveSpan start(MethodSpan method) {
      return this;
    }

    @Override
    public void closeScope() {}

    @Override
    public void finish(Throwable thrown, boolean error) {}

    @Override
    public void putString(String key, String value) {}

    @Override
    public void putLong(String key, long value) {}

    @Override
    public void putDouble(String key, double value) {}

    @Override
    public void putBoolean(String key, boolean value) {}
  }
}
