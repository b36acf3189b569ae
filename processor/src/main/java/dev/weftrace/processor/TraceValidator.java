package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Checks the {@code @Trace} annotation itself: {@code [TraceNotWeavable]} where there is no code to
 * weave, and {@code [TraceNameBlank]} for blank names.
 */
final class TraceValidator {

  private final Diagnostics diagnostics;

  TraceValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Returns whether {@code method}, which is traced, can be woven; reports {@code
   * [TraceNotWeavable]} otherwise. Called once per traced method, before its companion is written.
   */
  boolean check(ExecutableElement method) {
    if (TracedElements.hasBody(method)) {
      return true;
    }
    diagnostics.error(
        Rule.TRACE_NOT_WEAVABLE,
        method,
        Annotations.mirror(method, Trace.class),
        notWeavableReason(method));
    return false;
  }

  private static String notWeavableReason(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    if (owner.getKind() == ElementKind.ANNOTATION_TYPE) {
      return "@Trace on element '"
          + method.getSimpleName()
          + "' of annotation type "
          + owner.getSimpleName()
          + " has no effect: annotation elements have no code to weave. Remove @Trace.";
    }
    return "@Trace on "
        + (method.getModifiers().contains(Modifier.ABSTRACT) ? "abstract" : "native")
        + " method '"
        + method.getSimpleName()
        + "' has no effect: only a method with a body can be woven. Put @Trace on the"
        + " implementing methods instead.";
  }

  /**
   * Returns whether the class-level {@code @Trace} on {@code type} can apply to anything; reports
   * {@code [TraceNotWeavable]} for an annotation type, which has no method bodies. (On an interface
   * it is fine: it traces the default and static methods.)
   */
  boolean checkType(TypeElement type) {
    if (type.getKind() != ElementKind.ANNOTATION_TYPE) {
      return true;
    }
    diagnostics.error(
        Rule.TRACE_NOT_WEAVABLE,
        type,
        Annotations.mirror(type, Trace.class),
        "@Trace on annotation type "
            + type.getSimpleName()
            + " has no effect: an annotation type has no code to weave. Remove @Trace.");
    return false;
  }

  /**
   * Reports {@code [TraceNameBlank]} for an {@code operationName}, {@code resourceName}, {@code
   * service} or {@code spanType} of the {@code @Trace} on {@code annotated} that is written but
   * only whitespace: the span would have no visible name or resource. An empty one is the
   * documented default and fine.
   */
  void checkNames(Element annotated) {
    AnnotationMirror trace = Annotations.mirror(annotated, Trace.class);
    checkName(annotated, trace, "operationName", "to use the default name, Class.method");
    checkName(annotated, trace, "resourceName", "for no resource");
    checkName(annotated, trace, "service", "for the tracer's own service");
    checkName(annotated, trace, "spanType", "for no span type");
  }

  private void checkName(
      Element annotated, AnnotationMirror trace, String attribute, String defaultMeaning) {
    AnnotationValue value = Annotations.value(trace, attribute);
    String name = Annotations.string(value);
    if (name == null || name.isEmpty() || !blank(name)) {
      return;
    }
    diagnostics.error(
        Rule.TRACE_NAME_BLANK,
        annotated,
        trace,
        value,
        "@Trace "
            + attribute
            + " of "
            + describe(annotated)
            + " is blank, which no backend can show: write a "
            + NOUNS.getOrDefault(attribute, attribute)
            + ", or remove "
            + attribute
            + " "
            + defaultMeaning
            + ".");
  }

  private static final java.util.Map<String, String> NOUNS =
      java.util.Map.of(
          "operationName", "name",
          "resourceName", "resource",
          "service", "service",
          "spanType", "span type");

  /** Only whitespace, including the non-breaking spaces that {@link String#isBlank} keeps. */
  private static boolean blank(String name) {
    return name.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static String describe(Element annotated) {
    return annotated instanceof TypeElement
        ? Diagnostics.kindName(annotated) + " " + annotated.getSimpleName()
        : "method '" + annotated.getSimpleName() + "'";
  }
}
