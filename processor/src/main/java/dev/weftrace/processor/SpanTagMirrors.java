package dev.weftrace.processor;

import dev.weftrace.annotation.SpanTag;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @SpanTag}s of an element with their mirrors, whether written once or repeated (then
 * javac wraps them in {@code SpanTag.List}), so that diagnostics can point at the right one.
 */
final class SpanTagMirrors {

  private static final String SPAN_TAG = SpanTag.class.getCanonicalName();
  private static final String SPAN_TAG_LIST = SpanTag.List.class.getCanonicalName();

  /** One {@code @SpanTag}: its values and its mirror. */
  record Occurrence(SpanTag tag, AnnotationMirror mirror) {

    /** The mirror's value of {@code attribute} if written explicitly, else {@code null}. */
    AnnotationValue value(String attribute) {
      return Annotations.value(mirror, attribute);
    }
  }

  private SpanTagMirrors() {}

  /** Every {@code @SpanTag} on {@code element}, in source order. */
  static List<Occurrence> of(Element element) {
    SpanTag[] tags = element.getAnnotationsByType(SpanTag.class);
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
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
    List<Occurrence> occurrences = new ArrayList<>();
    for (int i = 0; i < tags.length; i++) {
      occurrences.add(new Occurrence(tags[i], i < mirrors.size() ? mirrors.get(i) : null));
    }
    return occurrences;
  }
}
