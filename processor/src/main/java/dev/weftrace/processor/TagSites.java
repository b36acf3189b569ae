package dev.weftrace.processor;

import dev.weftrace.contract.StaticTag;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.annotation.IncompleteAnnotationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads the {@link TagSite}s of an element from its annotation mirrors, for every {@code @SpanTag}
 * whether written once or repeated (see {@link SpanTagMirrors}).
 */
final class TagSites {

  private TagSites() {}

  /** The tags of one parameter. */
  static List<TagSite> ofParameter(VariableElement parameter) {
    List<TagSite> sites = new ArrayList<>();
    for (SpanTagMirrors.Occurrence occurrence : SpanTagMirrors.of(parameter)) {
      addSite(sites, TagSite.Kind.PARAMETER, parameter, occurrence);
    }
    return sites;
  }

  /** The return-value tags of {@code method}: its own {@code @SpanTag}s. */
  static List<TagSite> ofResult(ExecutableElement method) {
    List<TagSite> sites = new ArrayList<>();
    for (SpanTagMirrors.Occurrence occurrence : SpanTagMirrors.of(method)) {
      addSite(sites, TagSite.Kind.RESULT, method, occurrence);
    }
    return sites;
  }

  /** The tags of every parameter of {@code method}, in declaration order. */
  static List<TagSite> ofParameters(ExecutableElement method) {
    List<TagSite> sites = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      sites.addAll(ofParameter(parameter));
    }
    return sites;
  }

  /**
   * The static tags of the {@code @Trace} {@code trace} on {@code source}, each keyed as {@link
   * StaticTag} reads it. Entries without a key ({@code "gold"}, {@code ":gold"}) are left out:
   * they are {@code [StaticTagMalformed]}, which is reported where the tags are read. So is an
   * entry javac could not compute, which reads as {@code <error>}, without a colon.
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
                trace,
                entry,
                tag.key(),
                false,
                "",
                null,
                false));
      }
    }
    return sites;
  }

  /**
   * The site of one occurrence, or {@code null} if javac could not compute its values (such as
   * {@code @SpanTag(MISSING_CONSTANT)}): javac reports that itself, and a check on a placeholder
   * value would only add noise.
   */
  private static TagSite site(
      TagSite.Kind kind, Element element, SpanTagMirrors.Occurrence occurrence) {
    String written;
    String path;
    boolean allowSensitive;
    try {
      written = occurrence.tag().value();
      path = occurrence.tag().path();
      allowSensitive = occurrence.tag().allowSensitive();
    } catch (AnnotationTypeMismatchException | IncompleteAnnotationException broken) {
      return null;
    }
    boolean defaultKey = written.isEmpty() && kind == TagSite.Kind.PARAMETER;
    return new TagSite(
        kind,
        element,
        occurrence.mirror(),
        occurrence.mirror() == null ? null : occurrence.value("value"),
        defaultKey ? element.getSimpleName().toString() : written,
        defaultKey,
        path,
        occurrence.mirror() == null ? null : occurrence.value("path"),
        allowSensitive);
  }

  private static void addSite(
      List<TagSite> sites, TagSite.Kind kind, Element element, SpanTagMirrors.Occurrence each) {
    TagSite site = site(kind, element, each);
    if (site != null) {
      sites.add(site);
    }
  }

  /** {@code class}, {@code interface}, {@code record}, ... for messages. */
  static String kindName(Element type) {
    switch (type.getKind()) {
      case ANNOTATION_TYPE:
        return "annotation type";
      case INTERFACE:
        return "interface";
      default:
        return type.getKind().name().toLowerCase(Locale.ROOT);
    }
  }
}
