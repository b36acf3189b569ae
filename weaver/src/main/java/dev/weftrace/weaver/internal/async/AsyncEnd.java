package dev.weftrace.weaver.internal.async;

import java.util.function.BiConsumer;

/**
 * How the span of a method returning one library's async type ends when that result completes,
 * rather than when the method returns: one implementation per library, like OpenTelemetry's {@code
 * AsyncOperationEndStrategy}. Found once per traced method by {@link AsyncEnds#forDeclaredType}.
 */
public interface AsyncEnd {

  /**
   * Whether this strategy follows results of {@code declaredType}, a traced method's declared
   * return type. A strategy that returns the result itself (a future) follows every subtype of its
   * type; one that returns a decorated result (a lazy publisher) follows only its types exactly,
   * since the decorated object is of that type, not of a subtype.
   */
  boolean follows(Class<?> declaredType);

  /**
   * Whether {@code result} is an instance of a type this strategy follows: always, for a method
   * whose declared type it follows, unless raw types or reflection fooled the compiler; {@code
   * false} for {@code null}.
   */
  boolean handles(Object result);

  /**
   * Arranges for {@code ending} to be called when {@code result} completes, and returns what the
   * method then returns: {@code result} itself, or for a lazy type a decorated instance of its
   * declared type. {@code ending} may be called more than once (once per subscription, say) and
   * from any thread; the caller ends the span only on the first call.
   *
   * @param result the value the method returned, which this strategy {@linkplain #handles handles}
   */
  Object endWhenComplete(Object result, Ending ending);

  /**
   * What happens when the result completes: with the value it completed with or emitted ({@code
   * null} if it has none), or with the failure; a {@link
   * java.util.concurrent.CancellationException} for cancellation or disposal. Never throws.
   *
   * <p>It is also a {@code CompletionStage.whenComplete} callback, so that following a future makes
   * no callback object of its own (16 B per call).
   */
  @FunctionalInterface
  interface Ending extends BiConsumer<Object, Throwable> {
    void end(Object value, Throwable error);

    /**
     * {@link #end}, as a stage's {@code whenComplete} callback: the cause of the {@link
     * java.util.concurrent.CompletionException} a stage reports for a throwing function.
     */
    @Override
    default void accept(Object value, Throwable error) {
      end(value, CompletionStageEnd.unwrap(error));
    }
  }
}
