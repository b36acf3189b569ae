package dev.weftrace.weaver.internal.async;

import dev.weftrace.weaver.internal.Failures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@link AsyncEnd} strategies of the libraries on the class path, detected once. A library's
 * strategy class is loaded only after one of the library's classes was found through the loader
 * that loaded weftrace, so a missing library never causes a {@link NoClassDefFoundError}.
 */
public final class AsyncEnds {

  private static final AsyncEnd[] STRATEGIES = detect();

  private AsyncEnds() {}

  /**
   * The strategy that ends the spans of a method declared to return {@code declaredType}; {@code
   * null} if none does (a plain value, or a library that is absent).
   */
  public static AsyncEnd forDeclaredType(Class<?> declaredType) {
    for (AsyncEnd strategy : STRATEGIES) {
      if (strategy.follows(declaredType)) {
        return strategy;
      }
    }
    return null;
  }

  /**
   * In the processor's order ({@code SpanEnd}): futures, which follow their subtypes, then the lazy
   * types, each matched exactly, so no declared type is followed by two strategies but one that is
   * several futures at once.
   */
  private static AsyncEnd[] detect() {
    List<AsyncEnd> found = new ArrayList<>();
    found.add(new CompletionStageEnd());
    addIfPresent(found, "com.google.common.util.concurrent.ListenableFuture", () -> new GuavaEnd());
    addIfPresent(found, "io.vertx.core.Future", () -> new VertxEnd());
    addIfPresent(found, "reactor.core.publisher.Mono", () -> new ReactorEnd());
    addIfPresent(found, "io.reactivex.rxjava3.core.Single", () -> new RxJava3End());
    addIfPresent(found, "org.reactivestreams.Publisher", () -> new ReactiveStreamsEnd());
    return found.toArray(new AsyncEnd[0]);
  }

  /**
   * The strategy class is loaded only when {@code strategy} runs, since a lambda's body is a method
   * of this class. (A constructor reference would not do: it is linked, and the strategy class
   * loaded and verified against the library, when the argument is evaluated.)
   */
  private static void addIfPresent(
      List<AsyncEnd> found, String libraryClass, Supplier<AsyncEnd> strategy) {
    try {
      Class.forName(libraryClass, false, AsyncEnds.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError absent) {
      return;
    }
    try {
      found.add(strategy.get());
    } catch (Throwable broken) {
      // A library too old or too new for the strategy: its types end their spans on return.
      Failures.report("async support for " + libraryClass, broken);
    }
  }
}
