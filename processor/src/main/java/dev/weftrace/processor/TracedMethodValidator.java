package dev.weftrace.processor;

import dev.weftrace.contract.StaticTag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;

/**
 * Every rule about one woven method ({@code @Trace}, or {@code @TagSpan} through {@link
 * TagSpanValidator} first), checked on its {@link MethodDeclaration} once its types and tag paths
 * are settled: its own {@code @Trace}'s names and static tags, each tag's key and sensitivity,
 * duplicate keys across its span, its return type, whether it can be woven, and then what only a
 * method with a body is checked for: tag paths, tags on a result that has no value, static tag
 * syntax and the classes of {@code ignoreExceptions}. Rules about types and about tags outside
 * traced methods are {@link ElementValidator}'s.
 */
final class TracedMethodValidator {

  private final Diagnostics diagnostics;
  private final TraceValidator traces;
  private final TagKeyValidator keys;
  private final SensitiveTagValidator sensitive;
  private final DuplicateTagKeys duplicates;
  private final AsyncReturnValidator asyncReturns;
  private final TagSpanValidator tagSpans;

  /** Rule and element of problems reported once: per class-level @Trace, or per compilation. */
  private final Set<List<Object>> reportedOnce = new HashSet<>();

  TracedMethodValidator(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.traces = new TraceValidator(diagnostics);
    this.keys = new TagKeyValidator(diagnostics);
    this.sensitive = new SensitiveTagValidator(diagnostics, SensitiveTagValidator.strict(env));
    this.duplicates = new DuplicateTagKeys(diagnostics);
    this.asyncReturns =
        new AsyncReturnValidator(diagnostics, env.getElementUtils(), env.getTypeUtils());
    this.tagSpans = new TagSpanValidator(diagnostics);
  }

  /**
   * Reports what is wrong with {@code method}; returns whether it can be woven, and so gets an
   * entry in its class's companion.
   */
  boolean validate(MethodDeclaration method) {
    if (!tagSpans.check(method)) {
      return false;
    }
    ExecutableElement element = method.element();
    boolean weavable = TracedElements.hasBody(element);
    if (weavable && method.traceSource() == element) {
      if (method.methodKind() == MethodKind.SPAN) {
        traces.checkNames(element); // a class-level @Trace is checked once, with its type
      }
      method.staticTags().forEach(keys::check);
    }
    List<TagSite> tagged = new ArrayList<>(method.resultTags());
    tagged.addAll(method.parameterTags());
    for (TagSite site : tagged) {
      keys.check(site);
      sensitive.check(site);
    }
    if (weavable) {
      checkDuplicates(method);
      if (method.methodKind() == MethodKind.SPAN) {
        asyncReturns.check(element, method.spanEnd());
      }
    }
    if (method.methodKind() == MethodKind.SPAN && !traces.check(element)) {
      return false;
    }
    checkPaths(method.parameterTags());
    checkResultTags(method);
    checkStaticTagSyntax(method);
    checkIgnoredExceptions(method);
    return true;
  }

  /**
   * {@code [TagKeyDuplicate]}, per span the tags go to: the method's own (or for {@code @TagSpan},
   * the current one), and the local root.
   */
  private void checkDuplicates(MethodDeclaration method) {
    List<TagSite> span = new ArrayList<>();
    List<TagSite> localRoot = new ArrayList<>();
    for (TagSite site : method.allTags()) {
      (site.localRoot() ? localRoot : span).add(site);
    }
    if (method.methodKind() == MethodKind.SPAN) {
      duplicates.checkMethod(method.element(), span);
    } else {
      duplicates.checkTagSpan(method.element(), span);
    }
    duplicates.checkLocalRoot(method.element(), localRoot);
  }

  /** {@code [TagPathUnknown]}, {@code [TagPathInaccessible]}, {@code [LombokNotRun]}. */
  private void checkPaths(List<TagSite> sites) {
    for (TagSite site : sites) {
      PropertyPaths.Problem problem = site.readable() ? null : site.resolution().problem();
      if (problem == null
          || problem.rule() == Rule.LOMBOK_NOT_RUN
              && !reportedOnce.add(List.of(Rule.LOMBOK_NOT_RUN))) {
        continue; // Lombok not running has one cause for the whole compilation: said once
      }
      diagnostics.error(
          problem.rule(), site.element(), site.mirror(), site.pathValue(), problem.message());
    }
  }

  /** {@code [SpanTagOnVoid]} for a method with nothing to tag, else its paths. */
  private void checkResultTags(MethodDeclaration method) {
    List<TagSite> sites = method.resultTags();
    if (sites.isEmpty()) {
      return;
    }
    ExecutableElement element = method.element();
    if (!method.spanEnd().hasValue()) {
      diagnostics.error(
          Rule.SPAN_TAG_ON_VOID,
          element,
          sites.get(0).mirror(),
          "@SpanTag on method '"
              + element.getSimpleName()
              + "' would tag its result, but a "
              + method.spanEnd().simpleName()
              + " has no single value to tag. Return a "
              + method.spanEnd().singleValueType()
              + ", tag a parameter, or remove @SpanTag.");
    } else if (element.getReturnType().getKind() == TypeKind.VOID) {
      diagnostics.error(
          Rule.SPAN_TAG_ON_VOID,
          element,
          sites.get(0).mirror(),
          "@SpanTag on method '"
              + element.getSimpleName()
              + "' tags its return value, but it returns nothing. Tag a parameter instead, or"
              + " remove @SpanTag.");
    } else {
      // A tag without a key is [TagKeyInvalid]: a return value has no name to default to.
      checkPaths(sites.stream().filter(site -> !site.key().isEmpty()).toList());
    }
  }

  /**
   * {@code [StaticTagMalformed]}: the first entry of {@code tags} that is not {@code "key:value"};
   * for a class-level {@code @Trace}, once for the class, not once per method.
   */
  private void checkStaticTagSyntax(MethodDeclaration method) {
    for (AnnotationValue value :
        Annotations.elements(Annotations.value(method.traceMirror(), "tags"))) {
      String tag = Annotations.string(value);
      if (tag != null
          && StaticTag.parse(tag) == null
          && reportedOnce.add(List.of(Rule.STATIC_TAG_MALFORMED, method.traceSource()))) {
        diagnostics.error(
            Rule.STATIC_TAG_MALFORMED,
            method.traceSource(),
            method.traceMirror(),
            value,
            "static tag \"" + tag + "\" must be written \"key:value\", e.g. \"team:payments\"");
      }
    }
  }

  /**
   * {@code [IgnoredExceptionInaccessible]}: the first class of {@code ignoreExceptions} that the
   * companion cannot name; for a class-level {@code @Trace}, once for the class.
   */
  private void checkIgnoredExceptions(MethodDeclaration method) {
    for (MethodDeclaration.IgnoredException ignored : method.ignoredExceptions()) {
      if (!ignored.nameable()
          && reportedOnce.add(List.of(Rule.IGNORED_EXCEPTION_INACCESSIBLE, method.traceSource()))) {
        diagnostics.error(
            Rule.IGNORED_EXCEPTION_INACCESSIBLE,
            method.traceSource(),
            method.traceMirror(),
            ignored.value(),
            ignored.type().asElement().getSimpleName()
                + " cannot be named in package '"
                + method.companionPackage()
                + "', where weftrace generates the code that checks thrown exceptions: make it"
                + " public (or package-private in that package)");
      }
    }
  }
}
