package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * {@code [AsyncReturnUnsupported]}: a warning for a traced method that returns a value completing
 * later which weftrace cannot follow, so that its span ends when the method returns, before the
 * work it stands for: a plain {@code Future}, an RxJava 2 type, or a subtype of a publisher that
 * weftrace follows only when declared as the publisher type itself (it returns a decorated instance
 * of that type, which a subtype would not accept). Every type {@link SpanEnd} names is followed, so
 * not warned.
 *
 * <p>Types are matched by qualified name through the type hierarchy ({@code FutureTask} is a {@code
 * Future}), and only when on the classpath: a library that is absent cannot be returned.
 */
final class AsyncReturnValidator {

  /** Most specific first, so that an RxJava {@code Single} is named as such, not as a Publisher. */
  private static final List<String> DEFERRED_TYPES =
      List.of(
          "io.reactivex.rxjava3.core.Single",
          "io.reactivex.rxjava3.core.Maybe",
          "io.reactivex.rxjava3.core.Completable",
          "io.reactivex.rxjava3.core.Observable",
          "io.reactivex.rxjava3.core.Flowable",
          "io.reactivex.Single",
          "io.reactivex.Maybe",
          "io.reactivex.Completable",
          "io.reactivex.Observable",
          "io.reactivex.Flowable",
          "reactor.core.publisher.Mono",
          "reactor.core.publisher.Flux",
          "org.reactivestreams.Publisher",
          "java.util.concurrent.Future");

  private final Diagnostics diagnostics;
  private final Elements elements;
  private final Types types;

  AsyncReturnValidator(Diagnostics diagnostics, Elements elements, Types types) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.types = types;
  }

  /**
   * Checks the return type of a traced method whose result ends its span as {@code spanEnd}: only a
   * {@link SpanEnd#PLAIN} one can be a value that completes later and is not followed.
   */
  void check(ExecutableElement method, SpanEnd spanEnd) {
    TypeMirror returned = types.erasure(method.getReturnType());
    if (spanEnd != SpanEnd.PLAIN
        || returned.getKind() != TypeKind.DECLARED && returned.getKind() != TypeKind.TYPEVAR) {
      return; // weftrace waits for it; or void, primitives, arrays; an error type is javac's
    }
    for (String name : DEFERRED_TYPES) {
      if (isA(returned, name)) {
        report(method, name);
        return;
      }
    }
  }

  private boolean isA(TypeMirror erased, String qualifiedName) {
    TypeElement type = elements.getTypeElement(qualifiedName);
    return type != null && types.isAssignable(erased, types.erasure(type.asType()));
  }

  private void report(ExecutableElement method, String deferredType) {
    TypeMirror returned = method.getReturnType();
    boolean exactly =
        returned.getKind() == TypeKind.DECLARED
            && types.erasure(returned).toString().equals(deferredType);
    diagnostics.warning(
        Rule.ASYNC_RETURN_UNSUPPORTED,
        method,
        Annotations.mirror(method, Trace.class),
        "traced method '"
            + method.getSimpleName()
            + "' returns "
            + returned
            + (exactly ? "" : ", a " + deferredType)
            + ", which completes later but is not a type weftrace follows: its span will end"
            + " when the method returns, not when the value arrives. Return a CompletionStage"
            + " (such as a CompletableFuture), a ListenableFuture or a Vert.x Future, or exactly"
            + " a Mono, Flux, Publisher or RxJava 3 Single, Maybe, Completable, Observable or"
            + " Flowable; or trace the code that completes the value instead.");
  }
}
