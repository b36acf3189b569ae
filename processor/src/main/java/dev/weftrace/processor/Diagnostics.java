package dev.weftrace.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place that reports to javac. Every message starts with its rule's bracketed id, and is
 * attached to the annotation at fault when there is one, so that the caret lands on it.
 *
 * <p>One limit of javac: for a repeated annotation (several {@code @SpanTag}s, which javac wraps in
 * {@code SpanTag.List}), it cannot match a mirror or value to its source position and reports at
 * the element's name instead. The mirrors are passed anyway.
 */
final class Diagnostics {

  /** Enough frames to locate a processor bug without burying the build log. */
  private static final int MAX_FRAMES = 8;

  /** The {@code @SuppressWarnings} value that silences weftrace's warnings. */
  static final String SUPPRESSION = "weftrace";

  private final Messager messager;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /**
   * Reports a compile error on {@code value} of {@code annotation} of {@code element}, so that the
   * caret lands on the attribute at fault; falls back to the annotation, then to the element.
   */
  void error(
      Rule rule,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      String message) {
    if (annotation != null && value != null) {
      messager.printMessage(
          Diagnostic.Kind.ERROR, "[" + rule.id() + "] " + message, element, annotation, value);
    } else {
      error(rule, element, annotation, message);
    }
  }

  /** Reports a compile error on {@code annotation} of {@code element} (or the element alone). */
  void error(Rule rule, Element element, AnnotationMirror annotation, String message) {
    String text = "[" + rule.id() + "] " + message;
    if (annotation != null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }

  /**
   * Reports a warning, unless the element or one enclosing it says
   * {@code @SuppressWarnings("weftrace")}.
   */
  void warning(Rule rule, Element element, AnnotationMirror annotation, String message) {
    if (suppressed(element)) {
      return;
    }
    String text = "[" + rule.id() + "] " + message;
    if (annotation != null) {
      messager.printMessage(Diagnostic.Kind.WARNING, text, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.WARNING, text, element);
    }
  }

  /**
   * Reports a warning on {@code value} of {@code annotation} of {@code element}, unless suppressed
   * as for {@link #warning(Rule, Element, AnnotationMirror, String)}; falls back to the annotation,
   * then to the element.
   */
  void warning(
      Rule rule,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      String message) {
    if (annotation == null || value == null) {
      warning(rule, element, annotation, message);
    } else if (!suppressed(element)) {
      messager.printMessage(
          Diagnostic.Kind.WARNING, "[" + rule.id() + "] " + message, element, annotation, value);
    }
  }

  private static boolean suppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && java.util.Arrays.asList(suppress.value()).contains(SUPPRESSION)) {
        return true;
      }
    }
    return false;
  }

  /** {@code class}, {@code interface}, {@code record}, ... for messages. */
  static String kindName(Element type) {
    switch (type.getKind()) {
      case ANNOTATION_TYPE:
        return "annotation type";
      case INTERFACE:
        return "interface";
      default:
        return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Reports a failure of the processor itself as one error instead of a javac crash. */
  void internalError(Element element, Throwable failure) {
    StringBuilder stack = new StringBuilder();
    StackTraceElement[] frames = failure.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
      stack.append("\n\tat ").append(frames[i]);
    }
    error(
        Rule.PROCESSOR_FAILURE,
        element,
        null,
        "weftrace-processor failed while processing "
            + element
            + ": "
            + failure
            + ". This is a bug in weftrace; please report it with this message."
            + stack);
  }
}
