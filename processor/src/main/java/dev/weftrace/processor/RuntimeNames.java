package dev.weftrace.processor;

import dev.weftrace.contract.MethodKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A method's parameter types as the runtime's reflection writes them ({@code Class.getTypeName()}
 * of each erasure), which is what the contract's {@link MethodKey} and {@link
 * dev.weftrace.contract.ClassLevelTrace} take, so that processor and runtime feed them the same
 * facts.
 */
final class RuntimeNames {

  private final Elements elements;
  private final Types types;

  RuntimeNames(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The {@link MethodKey} of {@code method}. */
  String methodKey(ExecutableElement method) {
    return MethodKey.of(method.getSimpleName().toString(), parameterTypeNames(method));
  }

  /**
   * {@code [java.lang.String, int[], pkg.Outer$Inner]}: the erasures, as the runtime names them.
   */
  List<String> parameterTypeNames(ExecutableElement method) {
    List<String> names = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      names.add(typeName(types.erasure(parameter.asType())));
    }
    return names;
  }

  private String typeName(TypeMirror erased) {
    switch (erased.getKind()) {
      case ARRAY:
        return typeName(((ArrayType) erased).getComponentType()) + "[]";
      case DECLARED:
        return elements.getBinaryName((TypeElement) ((DeclaredType) erased).asElement()).toString();
      default:
        return erased.getKind().name().toLowerCase(Locale.ROOT); // a primitive keyword
    }
  }
}
