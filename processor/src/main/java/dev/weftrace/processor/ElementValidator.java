package dev.weftrace.processor;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Where the processor asks for the usage rules of {@code @Trace} and {@code @SpanTag}, one element
 * at a time: {@link #checkType} for a type with {@code @Trace}, {@link #checkMethod} for a method
 * (or constructor) that is traced or has tags; {@link #elementsToCheck} lists them for a round.
 *
 * <p>{@code [TraceNotWeavable]} on methods is not here: {@link TraceValidator#check} reports it
 * when the processor decides whether to write a method's companion entry. Path, void-return and
 * static-tag syntax problems are reported by {@link TracedMethods}, which resolves them.
 */
final class ElementValidator {

  private final TracedElements tracedElements;
  private final TraceValidator traces;
  private final SpanTagValidator spanTags;
  private final TagKeyValidator keys;
  private final DuplicateTagKeys duplicates;
  private final AsyncReturnValidator asyncReturns;

  ElementValidator(
      ProcessingEnvironment env, Diagnostics diagnostics, TracedElements tracedElements) {
    this.tracedElements = tracedElements;
    this.traces = new TraceValidator(diagnostics);
    this.keys = new TagKeyValidator(diagnostics);
    this.spanTags =
        new SpanTagValidator(
            diagnostics, tracedElements, keys, new SensitiveTagValidator(diagnostics, strict(env)));
    this.duplicates = new DuplicateTagKeys(diagnostics);
    this.asyncReturns =
        new AsyncReturnValidator(diagnostics, env.getElementUtils(), env.getTypeUtils());
  }

  /** The processor options this class reads. */
  static Set<String> supportedOptions() {
    return Set.of(SensitiveTagValidator.STRICT_OPTION);
  }

  private static boolean strict(ProcessingEnvironment env) {
    return "true".equalsIgnoreCase(env.getOptions().get(SensitiveTagValidator.STRICT_OPTION));
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
   * static tags. Its methods are checked by {@link #checkMethod}, each on its own.
   */
  void checkType(TypeElement type) {
    AnnotationMirror trace = Annotations.mirror(type, Trace.class);
    if (trace == null || !traces.checkType(type)) {
      return;
    }
    traces.checkNames(type);
    List<TagSite> staticTags = TagSites.ofStaticTags(type, trace);
    staticTags.forEach(keys::check);
    duplicates.checkType(type, staticTags);
  }

  /**
   * Every rule about one method or constructor, traced or not, and its parameters: tags outside a
   * traced method; and for a traced one with a body, its own {@code @Trace}'s names and static
   * tags, each tag's key and sensitivity, duplicate keys across its whole span (including the
   * static tags of a class-level {@code @Trace}), and its return type.
   */
  void checkMethod(ExecutableElement method) {
    boolean traced =
        method.getKind() == ElementKind.METHOD
            && tracedElements.isTraced(method)
            && TraceValidator.weavable(method);
    List<TagSite> sites = new ArrayList<>();
    if (traced) {
      Element traceSource = tracedElements.traceSource(method);
      sites.addAll(TagSites.ofStaticTags(traceSource, tracedElements.traceMirror(method)));
      if (traceSource == method) {
        traces.checkNames(method);
        sites.forEach(keys::check);
      }
    }
    spanTags.check(method);
    for (VariableElement parameter : method.getParameters()) {
      spanTags.check(parameter);
    }
    if (traced) {
      sites.addAll(TagSites.ofResult(method));
      sites.addAll(TagSites.ofParameters(method));
      duplicates.checkMethod(method, sites);
      asyncReturns.check(method);
    }
  }
}
