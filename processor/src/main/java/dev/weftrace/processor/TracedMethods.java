package dev.weftrace.processor;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@link TracedMethod} from a valid {@code @Trace} method. */
final class TracedMethods {

  private final Elements elements;
  private final Types types;
  private final TypeMirror completionStage;

  TracedMethods(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.completionStage =
        types.erasure(
            elements.getTypeElement("java.util.concurrent.CompletionStage").asType());
  }

  /**
   * Whether every parameter and return type of {@code methods} exists yet; a type that another
   * processor generates in a later round is an error type until then.
   */
  boolean typesResolved(List<ExecutableElement> methods) {
    for (ExecutableElement method : methods) {
      if (!resolved(method.getReturnType())) {
        return false;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (!resolved(parameter.asType())) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean resolved(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    while (erased.getKind() == TypeKind.ARRAY) {
      erased = ((ArrayType) erased).getComponentType();
    }
    return erased.getKind() != TypeKind.ERROR;
  }

  TracedMethod read(ExecutableElement method) {
    Trace trace = method.getAnnotation(Trace.class);
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String spanName =
        trace.operationName().isEmpty()
            ? owner.getSimpleName() + "." + method.getSimpleName()
            : trace.operationName();
    return new TracedMethod(
        method,
        methodKey(method),
        spanName,
        trace.resourceName(),
        trace.kind(),
        trace.measured(),
        trace.noParent(),
        types.isAssignable(types.erasure(method.getReturnType()), completionStage),
        tags(method));
  }

  private List<TracedMethod.TaggedParameter> tags(ExecutableElement method) {
    List<TracedMethod.TaggedParameter> tags = new ArrayList<>();
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      SpanTag tag = parameter.getAnnotation(SpanTag.class);
      if (tag != null) {
        String key = tag.value().isEmpty() ? parameter.getSimpleName().toString() : tag.value();
        tags.add(new TracedMethod.TaggedParameter(i, key, TagBinding.of(parameter.asType())));
      }
    }
    return tags;
  }

  /** {@code name(type,...)} with erased types written as {@code Class.getTypeName()} does. */
  private String methodKey(ExecutableElement method) {
    StringJoiner key = new StringJoiner(",", method.getSimpleName() + "(", ")");
    for (VariableElement parameter : method.getParameters()) {
      key.add(runtimeTypeName(types.erasure(parameter.asType())));
    }
    return key.toString();
  }

  private String runtimeTypeName(TypeMirror erased) {
    switch (erased.getKind()) {
      case ARRAY:
        return runtimeTypeName(((ArrayType) erased).getComponentType()) + "[]";
      case DECLARED:
        return elements
            .getBinaryName((TypeElement) ((DeclaredType) erased).asElement())
            .toString();
      default:
        return erased.getKind().name().toLowerCase(Locale.ROOT); // a primitive keyword
    }
  }
}
