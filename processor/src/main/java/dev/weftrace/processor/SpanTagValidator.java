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
    // @Trace applies to methods only: for a constructor, "add @Trace" would be impossible advice.
    String problem =
        method.getKind() == ElementKind.CONSTRUCTOR
            ? "constructor of "
                + method.getEnclosingElement().getSimpleName()
                + " cannot be traced (@Trace applies to methods only). Remove @SpanTag."
            : "method "
                + method.getSimpleName()
                + " is not annotated with @Trace. Add @Trace to "
                + method.getSimpleName()
                + ", or remove @SpanTag.";
    diagnostics.error(
        Rule.SPAN_TAG_OUTSIDE_TRACE,
        parameter,
        Annotations.mirror(parameter, SpanTag.class),
        "@SpanTag on parameter '" + parameter.getSimpleName() + "' has no effect: " + problem);
  }
}
