package dev.weftrace.weaver.internal;

/**
 * One running span and the context scope that made it current, as a tracer bridge holds them
 * between a traced method's start and its end.
 */
public interface ActiveSpan {

  /** A span that records nothing, used when starting one failed. */
  ActiveSpan NOOP =
      new ActiveSpan() {
        @Override
        public void closeScope() {}

        @Override
        public void finish(Throwable error) {}
      };

  /** Makes the caller's context current again. Called exactly once, when the method returns. */
  void closeScope();

  /**
   * Ends the span, as an error if {@code error} is not {@code null}. Called exactly once: when the
   * method returns, or when the {@code CompletionStage} it returned completes.
   */
  void finish(Throwable error);
}
