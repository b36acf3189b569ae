package dev.weftrace.processor;

import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import dev.weftrace.contract.ClassLevelTrace;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides which methods are traced: those with their own {@code @Trace}, and those a {@code @Trace}
 * type covers by the rule the runtime applies too ({@link ClassLevelTrace}). A method's own
 * annotation replaces the type's. Methods with {@code @TagSpan} are woven too ({@link #isWoven}),
 * to tag the current span.
 */
final class TracedElements {

  private final Elements elements;
  private final RuntimeNames runtimeNames;

  TracedElements(Elements elements, Types types) {
    this.elements = elements;
    this.runtimeNames = new RuntimeNames(elements, types);
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

  /** Whether {@code method} has {@code @TagSpan}. */
  static boolean tagsCurrentSpan(ExecutableElement method) {
    return method.getAnnotation(TagSpan.class) != null;
  }

  /**
   * Whether {@code method} gets advice, and so an entry in its class's companion: it is traced, or
   * has {@code @TagSpan} (both at once is {@code [TagSpanWithTrace]}, reported on that entry).
   */
  boolean isWoven(ExecutableElement method) {
    return isTraced(method) || tagsCurrentSpan(method);
  }

  /** Whether a class-level {@code @Trace} covers {@code method} (and no own annotation does). */
  boolean tracedByType(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return method.getKind() == ElementKind.METHOD
        && method.getAnnotation(Trace.class) == null
        && owner.getAnnotation(Trace.class) != null
        && owner instanceof TypeElement
        && ClassLevelTrace.covers(facts(method));
  }

  /**
   * Why the class-level {@code @Trace} of {@code method}'s type does not cover it, or {@code null}
   * if it does (or the type has none).
   */
  ClassLevelTrace.Exclusion exclusionByType(ExecutableElement method) {
    return ClassLevelTrace.exclusion(facts(method));
  }

  /** Whether {@code method} has code to weave: neither abstract nor native. */
  static boolean hasBody(ExecutableElement method) {
    return !method.getModifiers().contains(Modifier.ABSTRACT)
        && !method.getModifiers().contains(Modifier.NATIVE);
  }

  /**
   * {@code method} as {@link ClassLevelTrace} describes methods. Record accessors count as
   * components' names whether written or not: javac reports implicit ones as explicit, and the
   * runtime cannot tell them apart in bytecode either.
   */
  private ClassLevelTrace.Method facts(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    List<String> recordComponents = new ArrayList<>();
    if (owner instanceof TypeElement) {
      for (RecordComponentElement component : ((TypeElement) owner).getRecordComponents()) {
        recordComponents.add(component.getSimpleName().toString());
      }
    }
    return new ClassLevelTrace.Method(
        method.getSimpleName().toString(),
        runtimeNames.parameterTypeNames(method),
        method.getModifiers().contains(Modifier.PUBLIC),
        method.getModifiers().contains(Modifier.STATIC),
        hasBody(method),
        elements.getOrigin(method) != Elements.Origin.EXPLICIT,
        owner.getKind() == ElementKind.ENUM,
        recordComponents);
  }
}
