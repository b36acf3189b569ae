package dev.weftrace.processor;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.contract.StaticTag;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.annotation.IncompleteAnnotationException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads the tags of a span as written into {@link TagSite}s, the one place that reads
 * {@code @SpanTag}: every occurrence, whether written once or repeated (then javac wraps them in
 * {@code SpanTag.List}), each with its mirror so that diagnostics can point at the right one; and
 * the entries of {@code @Trace(tags = ...)} and {@code @TagSpan(tags = ...)}.
 */
final class SpanTags {

  private static final String SPAN_TAG = SpanTag.class.getCanonicalName();
  private static final String SPAN_TAG_LIST = SpanTag.List.class.getCanonicalName();

  private SpanTags() {}

  /** The tags of every parameter of {@code method}, in declaration order. */
  static List<TagSite> ofParameters(ExecutableElement method) {
    List<TagSite> sites = new ArrayList<>();
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      sites.addAll(read(TagSite.Kind.PARAMETER, parameters.get(i), i));
    }
    return sites;
  }

  /** The tags of one parameter, the {@code index}th of its method. */
  static List<TagSite> ofParameter(VariableElement parameter, int index) {
    return read(TagSite.Kind.PARAMETER, parameter, index);
  }

  /** The return-value tags of {@code method}: its own {@code @SpanTag}s. */
  static List<TagSite> ofResult(ExecutableElement method) {
    return read(TagSite.Kind.RESULT, method, -1);
  }

  /**
   * The static tags of the {@code @Trace} or {@code @TagSpan} {@code trace} on {@code source}, each
   * keyed as {@link StaticTag} reads it. Entries without a key ({@code "gold"}, {@code ":gold"})
   * are left out: they are {@code [StaticTagMalformed]}. So is an entry javac could not compute,
   * which reads as {@code <error>}, without a colon.
   */
  static List<TagSite> ofStaticTags(Element source, AnnotationMirror trace) {
    List<TagSite> sites = new ArrayList<>();
    for (AnnotationValue entry : Annotations.elements(Annotations.value(trace, "tags"))) {
      StaticTag tag = StaticTag.parse(Annotations.string(entry));
      if (tag != null) {
        sites.add(
            new TagSite(
                TagSite.Kind.STATIC,
                source,
                -1,
                trace,
                entry,
                tag.key(),
                false,
                "",
                null,
                false,
                false,
                null,
                null));
      }
    }
    return sites;
  }

  /**
   * Every {@code @SpanTag} on {@code element}, in source order. One whose values javac could not
   * compute (such as {@code @SpanTag(MISSING_CONSTANT)}) is left out: javac reports it itself, and
   * a check on a placeholder value would only add noise.
   */
  private static List<TagSite> read(TagSite.Kind kind, Element element, int index) {
    SpanTag[] tags = element.getAnnotationsByType(SpanTag.class);
    List<AnnotationMirror> mirrors = mirrors(element);
    List<TagSite> sites = new ArrayList<>();
    for (int i = 0; i < tags.length; i++) {
      AnnotationMirror mirror = i < mirrors.size() ? mirrors.get(i) : null;
      String written;
      String path;
      boolean allowSensitive;
      boolean localRoot;
      try {
        written = tags[i].value();
        path = tags[i].path();
        allowSensitive = tags[i].allowSensitive();
        localRoot = tags[i].localRoot();
      } catch (AnnotationTypeMismatchException | IncompleteAnnotationException broken) {
        continue;
      }
      boolean defaultKey = written.isEmpty() && kind == TagSite.Kind.PARAMETER;
      sites.add(
          new TagSite(
              kind,
              element,
              index,
              mirror,
              Annotations.value(mirror, "value"),
              defaultKey ? element.getSimpleName().toString() : written,
              defaultKey,
              path,
              Annotations.value(mirror, "path"),
              allowSensitive,
              localRoot,
              null,
              null));
    }
    return sites;
  }

  /** The {@code @SpanTag} mirrors on {@code element}, unwrapped from {@code SpanTag.List}. */
  private static List<AnnotationMirror> mirrors(Element element) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (type.equals(SPAN_TAG)) {
        mirrors.add(mirror);
      } else if (type.equals(SPAN_TAG_LIST)) {
        for (AnnotationValue each : Annotations.elements(Annotations.value(mirror, "value"))) {
          if (each.getValue() instanceof AnnotationMirror) {
            mirrors.add((AnnotationMirror) each.getValue());
          }
        }
      }
    }
    return mirrors;
  }
}
