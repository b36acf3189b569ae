package dev.weftrace.processor;

/**
 * How a traced method's result ends its span, decided from the declared return type: when the
 * method returns, or when the async value it returns completes. Each async constant names the type
 * weftrace follows; the generated companion passes it to the runtime ({@code
 * MethodSpan.Builder.asyncResult(Type.class)}), whose strategy for that library ends the span.
 * Types are matched by name: the libraries need not be on the processor's class path.
 *
 * <p>A future is returned as it is, so its subtypes are followed too. A lazy type (a publisher) is
 * returned decorated, as an instance of the followed type, so only a method declared to return
 * exactly that type is followed. Constants are tried in declaration order, as at run time.
 */
enum SpanEnd {
  /** The span ends when the method returns or throws; result tags read the returned value. */
  PLAIN(null, true, "return value", null),
  /** {@code CompletionStage} (and {@code CompletableFuture}): result tags read the value. */
  STAGE("java.util.concurrent.CompletionStage", true, "completed value", null),
  /** Guava {@code ListenableFuture} (and {@code FluentFuture}): result tags read the value. */
  LISTENABLE_FUTURE(
      "com.google.common.util.concurrent.ListenableFuture", true, "completed value", null),
  /** Vert.x {@code Future}: result tags read the value. */
  VERTX_FUTURE("io.vertx.core.Future", true, "completed value", null),
  /** Reactor {@code Mono}: ends on its terminal signal; result tags read the emitted value. */
  MONO("reactor.core.publisher.Mono", false, "emitted value", null),
  /** Reactor {@code Flux}: ends on its terminal signal; it has no single value to tag. */
  FLUX("reactor.core.publisher.Flux", false, null, "Mono"),
  /** RxJava 3 {@code Single}: result tags read the emitted value. */
  SINGLE("io.reactivex.rxjava3.core.Single", false, "emitted value", null),
  /** RxJava 3 {@code Maybe}: result tags read the emitted value, if any. */
  MAYBE("io.reactivex.rxjava3.core.Maybe", false, "emitted value", null),
  /** RxJava 3 {@code Completable}: no value. */
  COMPLETABLE("io.reactivex.rxjava3.core.Completable", false, null, "Single or Maybe"),
  /** RxJava 3 {@code Observable}: no single value. */
  OBSERVABLE("io.reactivex.rxjava3.core.Observable", false, null, "Single or Maybe"),
  /** RxJava 3 {@code Flowable}: no single value. */
  FLOWABLE("io.reactivex.rxjava3.core.Flowable", false, null, "Single or Maybe"),
  /** A Reactive Streams {@code Publisher} of any other library: no single value. */
  REACTIVE_STREAMS_PUBLISHER(
      "org.reactivestreams.Publisher", false, null, "Mono, Single or CompletionStage");

  private final String typeName;
  private final boolean followsSubtypes;
  private final String resultValue;
  private final String singleValueType;

  SpanEnd(String typeName, boolean followsSubtypes, String resultValue, String singleValueType) {
    this.typeName = typeName;
    this.followsSubtypes = followsSubtypes;
    this.resultValue = resultValue;
    this.singleValueType = singleValueType;
  }

  /** The qualified name of the type weftrace follows; {@code null} for {@link #PLAIN}. */
  String typeName() {
    return typeName;
  }

  /** Whether subtypes of {@link #typeName} are followed too (futures), or only it (publishers). */
  boolean followsSubtypes() {
    return followsSubtypes;
  }

  /** Whether the result has one value for result tags to read ({@code false} for a Flux). */
  boolean hasValue() {
    return resultValue != null;
  }

  /** What a result tag reads, for the span catalog: {@code "completed value"}, .... */
  String resultValue() {
    return resultValue;
  }

  /** The simple name of {@link #typeName}, for messages. */
  String simpleName() {
    return typeName.substring(typeName.lastIndexOf('.') + 1);
  }

  /** What to return instead to have a value to tag, when there is none; else {@code null}. */
  String singleValueType() {
    return singleValueType;
  }
}
