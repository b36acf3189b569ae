package dev.weftrace.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides from a declared return type how the result ends its span ({@link SpanEnd}) and what a
 * result tag then reads. Types are looked up by name, so a library absent from the class path
 * simply matches nothing.
 */
final class AsyncReturnTypes {

  private final Elements elements;
  private final Types types;
  private final TypeMirror object;

  AsyncReturnTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.object = elements.getTypeElement("java.lang.Object").asType();
  }

  /** How a result of {@code returnType} ends its span: the first {@link SpanEnd} that matches. */
  SpanEnd spanEnd(TypeMirror returnType) {
    if (returnType.getKind() != TypeKind.DECLARED && returnType.getKind() != TypeKind.TYPEVAR) {
      return SpanEnd.PLAIN;
    }
    TypeMirror erased = types.erasure(returnType);
    for (SpanEnd end : SpanEnd.values()) {
      TypeElement followed =
          end.typeName() == null ? null : elements.getTypeElement(end.typeName());
      if (followed == null) {
        continue;
      }
      TypeMirror target = types.erasure(followed.asType());
      if (end.followsSubtypes()
          ? types.isAssignable(erased, target)
          : types.isSameType(erased, target)) {
        return end;
      }
    }
    return SpanEnd.PLAIN;
  }

  /**
   * What a tag on the method reads: the returned value, or the value an async result completes with
   * or emits ({@code Object} if its type is unknown); {@code null} for none (void, a {@code Flux}).
   */
  TypeMirror resultValueType(TypeMirror returnType, SpanEnd spanEnd) {
    if (spanEnd == SpanEnd.PLAIN) {
      return returnType.getKind() == TypeKind.VOID ? null : returnType;
    }
    if (!spanEnd.hasValue()) {
      return null;
    }
    TypeMirror target = types.erasure(elements.getTypeElement(spanEnd.typeName()).asType());
    return typeArgument(returnType, target);
  }

  /** {@code T} of the {@code Target<T>} that {@code type} is; {@code Object} if unknown. */
  private TypeMirror typeArgument(TypeMirror type, TypeMirror target) {
    for (TypeMirror candidate = type; candidate != null; ) {
      if (candidate.getKind() == TypeKind.TYPEVAR) {
        candidate = ((TypeVariable) candidate).getUpperBound();
        continue;
      }
      if (candidate.getKind() == TypeKind.DECLARED
          && types.isSameType(types.erasure(candidate), target)) {
        List<? extends TypeMirror> arguments = ((DeclaredType) candidate).getTypeArguments();
        TypeMirror argument = arguments.isEmpty() ? null : arguments.get(0);
        return argument == null || argument.getKind() != TypeKind.DECLARED ? object : argument;
      }
      TypeMirror next = null;
      for (TypeMirror supertype : types.directSupertypes(candidate)) {
        if (types.isAssignable(types.erasure(supertype), target)) {
          next = supertype;
        }
      }
      candidate = next;
    }
    return object;
  }
}
