package dev.weftrace.processor;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds annotation mirrors and their values, which diagnostics need to point at an annotation or at
 * one of its attributes.
 */
final class Annotations {

  private Annotations() {}

  /** The mirror of {@code type} on {@code element}, or {@code null}. */
  static AnnotationMirror mirror(Element element, Class<? extends Annotation> type) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(type.getCanonicalName())) {
        return mirror;
      }
    }
    return null;
  }

  /**
   * The value of {@code attribute} as written on {@code mirror}, or {@code null} when it is not
   * written (the default applies) or there is no mirror.
   */
  static AnnotationValue value(AnnotationMirror mirror, String attribute) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * The elements of an array attribute's value, each with its own position; empty when the value is
   * absent or not an array (as after a compile error in it). {@code tags = "a:b"} counts as an
   * array of one.
   */
  static List<AnnotationValue> elements(AnnotationValue array) {
    List<AnnotationValue> elements = new ArrayList<>();
    if (array != null && array.getValue() instanceof List<?>) {
      for (Object each : (List<?>) array.getValue()) {
        if (each instanceof AnnotationValue) {
          elements.add((AnnotationValue) each);
        }
      }
    }
    return elements;
  }

  /** The string a value holds, or {@code null} if it holds something else (after an error). */
  static String string(AnnotationValue value) {
    return value != null && value.getValue() instanceof String ? (String) value.getValue() : null;
  }
}
