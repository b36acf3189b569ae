package dev.weftrace.processor;

/**
 * How a traced method's result ends its span, decided from the declared return type: now, when a
 * {@code CompletionStage} completes, or on a Reactor publisher's terminal signal. The generated
 * companion tells the runtime which ({@code MethodSpan.Builder.completesLater} / {@code reactive}).
 * Later async kinds (Guava {@code ListenableFuture}, RxJava, Vert.x {@code Future}) become values
 * here.
 */
enum SpanEnd {
  /** The span ends when the method returns or throws; result tags read the returned value. */
  PLAIN("return value"),
  /**
   * The method returns a {@code CompletionStage}: the span ends when it completes, and result tags
   * read the value it completes with.
   */
  STAGE("completed value"),
  /**
   * The method returns a Reactor {@code Mono} or {@code Flux}: the span ends on its terminal
   * signal; result tags read the value a {@code Mono} emits (a {@code Flux} has no single value).
   * It takes precedence over {@link #STAGE} for a type that is both, as at run time.
   */
  PUBLISHER("emitted value");

  private final String resultValue;

  SpanEnd(String resultValue) {
    this.resultValue = resultValue;
  }

  /** What a result tag reads, for the span catalog: {@code "completed value"}, .... */
  String resultValue() {
    return resultValue;
  }
}
