package dev.weftrace.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * {@code [TagKeyDuplicate]}: the tags a method puts on one span (static tags, the return value's
 * and the parameters', every repeated occurrence) must have distinct keys, or the one recorded last
 * silently replaces the other: the tags of a {@code @Trace} method's own span, those a
 * {@code @TagSpan} method adds to the current span, and the {@code localRoot} tags of either, each
 * set on its own. Reported on the second occurrence, naming the first.
 */
final class DuplicateTagKeys {

  private final Diagnostics diagnostics;

  DuplicateTagKeys(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Checks the tags of the span of {@code method}, in source order. A repeat among the static tags
   * of a class-level {@code @Trace} is left to {@link #checkType}, so that it is reported once
   * rather than once per method.
   */
  void checkMethod(ExecutableElement method, List<TagSite> sites) {
    check("the span of method '" + method.getSimpleName() + "'", sites, false);
  }

  /** Checks the tags that {@code @TagSpan} method {@code method} adds to the current span. */
  void checkTagSpan(ExecutableElement method, List<TagSite> sites) {
    check(
        "the tags that method '" + method.getSimpleName() + "' adds to the current span",
        sites,
        false);
  }

  /** Checks the {@code localRoot} tags of {@code method}. */
  void checkLocalRoot(ExecutableElement method, List<TagSite> sites) {
    check("the local root tags of method '" + method.getSimpleName() + "'", sites, false);
  }

  /** Checks the static tags of the class-level {@code @Trace} on {@code type}. */
  void checkType(TypeElement type, List<TagSite> staticTags) {
    check("the span of each method it traces", staticTags, true);
  }

  private void check(String span, List<TagSite> sites, boolean reportTypeStatics) {
    Map<String, TagSite> first = new HashMap<>();
    for (TagSite site : sites) {
      if (site.key().isEmpty()) {
        continue; // [TagKeyInvalid]
      }
      TagSite earlier = first.putIfAbsent(site.key(), site);
      if (earlier != null && (reportTypeStatics || !site.onType())) {
        report(span, earlier, site);
      }
    }
  }

  /** {@code parameter 'a'}, or for the same element {@code another @SpanTag on it}. */
  private static String describeEarlier(TagSite earlier, TagSite site) {
    if (earlier.element() != site.element()) {
      return earlier.describe();
    }
    switch (earlier.kind()) {
      case PARAMETER:
        return "another @SpanTag on the same parameter";
      case RESULT:
        return "another @SpanTag on the same method";
      default:
        return "static tag \"" + Annotations.string(earlier.keyValue()) + "\"";
    }
  }

  private void report(String span, TagSite earlier, TagSite site) {
    diagnostics.error(
        Rule.TAG_KEY_DUPLICATE,
        site.element(),
        site.mirror(),
        site.keyPosition(),
        site.describeKey()
            + " is already the key of "
            + describeEarlier(earlier, site)
            + " in "
            + span
            + ": a span keeps one value per key, so one would overwrite the other. Give one of"
            + " them another key.");
  }
}
