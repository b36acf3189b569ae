package dev.weftrace.processor;

import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * The rules about {@code @TagSpan} itself, checked on the {@link MethodDeclaration} of a method
 * that carries it: {@code [TagSpanWithTrace]} (it is also traced), {@code [TagSpanNotWeavable]} (no
 * body) and {@code [TagSpanEmpty]} (no tags). Its tags are checked like a traced method's, by
 * {@link TracedMethodValidator}.
 */
final class TagSpanValidator {

  private final Diagnostics diagnostics;

  TagSpanValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Returns whether {@code method} can be woven as far as {@code @TagSpan} is concerned: {@code
   * true} for a method without it; reports and returns {@code false} at the first rule broken.
   */
  boolean check(MethodDeclaration method) {
    ExecutableElement element = method.element();
    AnnotationMirror tagSpan = Annotations.mirror(element, TagSpan.class);
    if (tagSpan == null) {
      return true;
    }
    if (method.methodKind() == MethodKind.SPAN) {
      reportWithTrace(method, tagSpan);
      return false;
    }
    if (!TracedElements.hasBody(element)) {
      diagnostics.error(
          Rule.TAG_SPAN_NOT_WEAVABLE,
          element,
          tagSpan,
          "@TagSpan on "
              + (element.getModifiers().contains(Modifier.ABSTRACT) ? "abstract" : "native")
              + " method '"
              + element.getSimpleName()
              + "' has no effect: only a method with a body can be woven. Put @TagSpan on the"
              + " implementing methods instead.");
      return false;
    }
    if (Annotations.elements(Annotations.value(tagSpan, "tags")).isEmpty()
        && method.resultTags().isEmpty()
        && method.parameterTags().isEmpty()) {
      diagnostics.error(
          Rule.TAG_SPAN_EMPTY,
          element,
          tagSpan,
          "@TagSpan on method '"
              + element.getSimpleName()
              + "' has no effect: it has no @SpanTag on its parameters or return value and no"
              + " static tags. Add @SpanTag to what the current span should carry, or"
              + " tags = \"key:value\", or remove @TagSpan.");
      return false;
    }
    return true;
  }

  private void reportWithTrace(MethodDeclaration method, AnnotationMirror tagSpan) {
    ExecutableElement element = method.element();
    String name = element.getSimpleName().toString();
    String choice =
        " @Trace gives each call a span of its own that carries the tags; @TagSpan makes no span"
            + " and puts the tags on the span current at the call. ";
    String message;
    if (element.getAnnotation(Trace.class) != null) {
      message =
          "method '"
              + name
              + "' has both @Trace and @TagSpan, which exclude each other:"
              + choice
              + "Keep @Trace to see each call as a span, or @TagSpan to tag the caller's span.";
    } else {
      Element owner = element.getEnclosingElement();
      message =
          "method '"
              + name
              + "' has @TagSpan but is traced by the @Trace on "
              + Diagnostics.kindName(owner)
              + " "
              + owner.getSimpleName()
              + ", and the two exclude each other:"
              + choice
              + "Remove @TagSpan to keep the span, or add @Trace(enabled = false) to "
              + name
              + " to only tag the caller's span.";
    }
    diagnostics.error(Rule.TAG_SPAN_WITH_TRACE, element, tagSpan, message);
  }
}
