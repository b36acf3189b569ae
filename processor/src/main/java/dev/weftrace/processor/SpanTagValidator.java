package dev.weftrace.processor;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/** Checks each {@code @SpanTag} parameter. */
final class SpanTagValidator {

  private final Diagnostics diagnostics;

  SpanTagValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(VariableElement parameter) {
    checkInsideTrace(parameter);
  }

  private void checkInsideTrace(VariableElement parameter) {
    Element method = parameter.getEnclosingElement();
    if (method.getAnnotation(Trace.class) != null) {
      return;
    }
    String what = method.getKind() == ElementKind.CONSTRUCTOR ? "constructor of " : "method ";
    String name =
        method.getKind() == ElementKind.CONSTRUCTOR
            ? method.getEnclosingElement().getSimpleName().toString()
            : method.getSimpleName().toString();
    diagnostics.error(
        Rule.SPAN_TAG_OUTSIDE_TRACE,
        parameter,
        Annotations.mirror(parameter, SpanTag.class),
        "@SpanTag on parameter '"
            + parameter.getSimpleName()
            + "' has no effect: "
            + what
            + name
            + " is not annotated with @Trace. Add @Trace to "
            + name
            + ", or remove @SpanTag.");
  }
}
