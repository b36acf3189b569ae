package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Decides which methods are traced: those with their own {@code @Trace}, and the public methods
 * with a body that a {@code @Trace} type declares in its source, except {@code toString}, {@code
 * equals}, {@code hashCode}, record accessors and an enum's {@code values()}/{@code valueOf}. A
 * method's own annotation replaces the type's.
 *
 * <p>The weaver's pointcuts and its reflective fallback follow the same rules; keep them in step.
 */
final class TracedElements {

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode");

  private final Elements elements;

  TracedElements(Elements elements) {
    this.elements = elements;
  }

  /** The {@code @Trace} that applies to {@code method}, or {@code null} if it is not traced. */
  Trace effectiveTrace(ExecutableElement method) {
    Trace own = method.getAnnotation(Trace.class);
    if (own != null) {
      return own.enabled() ? own : null;
    }
    return tracedByType(method) ? method.getEnclosingElement().getAnnotation(Trace.class) : null;
  }

  /**
   * The element and annotation mirror that {@link #effectiveTrace} comes from, for diagnostics
   * about its attributes; {@code null} if the method is not traced.
   */
  Element traceSource(ExecutableElement method) {
    if (method.getAnnotation(Trace.class) != null) {
      return method;
    }
    return tracedByType(method) ? method.getEnclosingElement() : null;
  }

  /** The mirror of the {@code @Trace} on {@link #traceSource}, or {@code null}. */
  AnnotationMirror traceMirror(ExecutableElement method) {
    Element source = traceSource(method);
    return source == null ? null : Annotations.mirror(source, Trace.class);
  }

  /** Whether {@code method} is traced by its own annotation or by its type's. */
  boolean isTraced(ExecutableElement method) {
    return effectiveTrace(method) != null;
  }

  /** Whether a class-level {@code @Trace} covers {@code method} (and no own annotation does). */
  boolean tracedByType(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return method.getKind() == ElementKind.METHOD
        && method.getAnnotation(Trace.class) == null
        && owner.getAnnotation(Trace.class) != null
        && owner instanceof TypeElement
        && method.getModifiers().contains(Modifier.PUBLIC)
        && !method.getModifiers().contains(Modifier.ABSTRACT)
        && !method.getModifiers().contains(Modifier.NATIVE)
        && elements.getOrigin(method) == Elements.Origin.EXPLICIT
        && !OBJECT_METHODS.contains(method.getSimpleName().toString())
        && !isRecordAccessor(method, (TypeElement) owner)
        && !isEnumMember(method, (TypeElement) owner);
  }

  /**
   * Record accessors are left out, written or not: javac reports implicit ones as explicit, and
   * the runtime cannot tell them apart in bytecode either.
   */
  private static boolean isRecordAccessor(ExecutableElement method, TypeElement owner) {
    if (!method.getParameters().isEmpty()) {
      return false;
    }
    for (RecordComponentElement component : owner.getRecordComponents()) {
      if (component.getSimpleName().contentEquals(method.getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  /** An enum's {@code values()} and {@code valueOf(String)}, which the compiler declares. */
  private static boolean isEnumMember(ExecutableElement method, TypeElement owner) {
    if (owner.getKind() != ElementKind.ENUM || !method.getModifiers().contains(Modifier.STATIC)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    return name.equals("values") && parameters == 0 || name.equals("valueOf") && parameters == 1;
  }
}
