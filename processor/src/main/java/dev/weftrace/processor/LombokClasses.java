package dev.weftrace.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * What the processor knows about classes that Lombok changes. Lombok rewrites them in place during
 * annotation processing (private fields, generated getters), and javac shows other processors the
 * change from the round after Lombok's, unless Lombok ran first.
 *
 * <p>Lombok's annotations have source retention: only classes compiled together with this processor
 * carry them, which are exactly the ones Lombok may not have changed yet.
 */
final class LombokClasses {

  private static final String PACKAGE_PREFIX = "lombok.";
  private static final String GETTER = "lombok.Getter";

  /** Class-level annotations that give every instance field a getter (unless it opts out). */
  private static final String[] GETTERS_FOR_ALL = {"lombok.Value", "lombok.Data", GETTER};

  private LombokClasses() {}

  /** Whether {@code type}, one of its fields, or a superclass of it carries a Lombok annotation. */
  static boolean annotated(TypeElement type) {
    for (TypeElement t = type; t != null; t = superclass(t)) {
      if (hasLombokAnnotation(t)) {
        return true;
      }
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (hasLombokAnnotation(field)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The Lombok annotation (such as {@code @Value}) that promises a getter for field {@code
   * property} of {@code type} or a superclass, when that getter does not exist: then Lombok has not
   * changed the class. {@code null} when no Lombok annotation promises one, or the class has a
   * method of that name (Lombok ran, configured for fluent accessors).
   */
  static String missingGetter(TypeElement type, String property) {
    for (TypeElement t = type; t != null; t = superclass(t)) {
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(property)
            && !field.getModifiers().contains(Modifier.STATIC)) {
          return hasMethod(t, property) ? null : getterPromise(t, field);
        }
      }
    }
    return null;
  }

  /** The annotation that gives {@code field} of {@code owner} a getter, or {@code null}. */
  private static String getterPromise(TypeElement owner, VariableElement field) {
    AnnotationMirror own = mirror(field, GETTER);
    if (own != null) {
      return excluded(own) ? null : "@Getter";
    }
    for (String name : GETTERS_FOR_ALL) {
      AnnotationMirror onClass = mirror(owner, name);
      if (onClass != null && !excluded(onClass)) {
        return "@" + name.substring(PACKAGE_PREFIX.length());
      }
    }
    return null;
  }

  /** {@code @Getter(AccessLevel.NONE)}, which asks for no getter. */
  private static boolean excluded(AnnotationMirror getter) {
    AnnotationValue level = Annotations.value(getter, "value");
    return level != null
        && level.getValue() instanceof VariableElement
        && ((VariableElement) level.getValue()).getSimpleName().contentEquals("NONE");
  }

  private static boolean hasMethod(TypeElement type, String name) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(name) && method.getParameters().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLombokAnnotation(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).startsWith(PACKAGE_PREFIX)) {
        return true;
      }
    }
    return false;
  }

  private static AnnotationMirror mirror(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The superclass of {@code type} if it is a class, else {@code null}. */
  private static TypeElement superclass(TypeElement type) {
    if (type.getSuperclass().getKind() != TypeKind.DECLARED) {
      return null;
    }
    Element superclass = ((DeclaredType) type.getSuperclass()).asElement();
    return superclass.getKind() == ElementKind.CLASS ? (TypeElement) superclass : null;
  }
}
