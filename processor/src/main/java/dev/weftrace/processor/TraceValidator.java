package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/** Checks each {@code @Trace} method. */
final class TraceValidator {

  private final Diagnostics diagnostics;

  TraceValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Returns whether {@code method} can be traced; reports why not otherwise. */
  boolean check(ExecutableElement method) {
    return checkWeavable(method);
  }

  private boolean checkWeavable(ExecutableElement method) {
    String missingBody =
        method.getModifiers().contains(Modifier.ABSTRACT)
            ? "abstract"
            : method.getModifiers().contains(Modifier.NATIVE) ? "native" : null;
    if (missingBody == null) {
      return true;
    }
    diagnostics.error(
        Rule.TRACE_NOT_WEAVABLE,
        method,
        Annotations.mirror(method, Trace.class),
        "@Trace on "
            + missingBody
            + " method '"
            + method.getSimpleName()
            + "' has no effect: only a method with a body can be woven. Put @Trace on the"
            + " implementing methods instead.");
    return false;
  }
}
