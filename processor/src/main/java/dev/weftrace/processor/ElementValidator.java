package dev.weftrace.processor;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The rules the processor checks one annotated element at a time, in the round it appears: for a
 * type with {@code @Trace}, its annotation ({@link #checkType}); for a method or constructor that
 * is not traced, the tags on it ({@link #checkMethod}). {@link #elementsToCheck} lists them for a
 * round. The rules about a traced method are {@link TracedMethodValidator}'s, checked once its
 * types and tag paths are settled.
 */
final class ElementValidator {

  private final TraceValidator traces;
  private final SpanTagValidator spanTags;
  private final TagKeyValidator keys;
  private final DuplicateTagKeys duplicates;

  ElementValidator(Diagnostics diagnostics, TracedElements tracedElements) {
    this.traces = new TraceValidator(diagnostics);
    this.keys = new TagKeyValidator(diagnostics);
    this.spanTags = new SpanTagValidator(diagnostics, tracedElements);
    this.duplicates = new DuplicateTagKeys(diagnostics);
  }

  /**
   * Every element of this round to check, each once: types annotated with {@code @Trace} and their
   * methods, methods with their own {@code @Trace}, and methods and constructors with a
   * {@code @SpanTag} on them or on a parameter (written once, or repeated in {@code SpanTag.List}).
   * Only plain javac queries here: it runs outside the processor's failure guard.
   */
  Set<Element> elementsToCheck(RoundEnvironment round) {
    Set<Element> elements = new LinkedHashSet<>();
    for (Element annotated : round.getElementsAnnotatedWith(Trace.class)) {
      if (annotated instanceof TypeElement) {
        // Every method, not only those the type traces: deciding that is left to checkMethod,
        // which runs guarded, while this runs outside the processor's guard.
        elements.add(annotated);
        elements.addAll(ElementFilter.methodsIn(annotated.getEnclosedElements()));
      } else if (annotated instanceof ExecutableElement) {
        elements.add(annotated);
      }
    }
    Set<Element> tagged = new LinkedHashSet<>(round.getElementsAnnotatedWith(SpanTag.class));
    tagged.addAll(round.getElementsAnnotatedWith(SpanTag.List.class));
    for (Element element : tagged) {
      if (element.getKind() == ElementKind.PARAMETER
          && element.getEnclosingElement() instanceof ExecutableElement) {
        elements.add(element.getEnclosingElement());
      } else if (element instanceof ExecutableElement) {
        elements.add(element);
      }
    }
    return elements;
  }

  /** {@link #checkType} or {@link #checkMethod}, by the kind of {@code element}. */
  void check(Element element) {
    if (element instanceof TypeElement) {
      checkType((TypeElement) element);
    } else if (element instanceof ExecutableElement) {
      checkMethod((ExecutableElement) element);
    }
  }

  /**
   * The rules about the {@code @Trace} on {@code type}, if any: where it is, its names and its
   * static tags. Its methods are checked on their own: by {@link #checkMethod}, or if traced by
   * {@link TracedMethodValidator}.
   */
  void checkType(TypeElement type) {
    AnnotationMirror trace = Annotations.mirror(type, Trace.class);
    if (trace == null || !traces.checkType(type)) {
      return;
    }
    traces.checkNames(type);
    List<TagSite> staticTags = SpanTags.ofStaticTags(type, trace);
    staticTags.forEach(keys::check);
    duplicates.checkType(type, staticTags);
  }

  /** {@code [SpanTagOutsideTrace]} for the tags of a method or constructor that is not traced. */
  void checkMethod(ExecutableElement method) {
    spanTags.check(method);
  }
}
