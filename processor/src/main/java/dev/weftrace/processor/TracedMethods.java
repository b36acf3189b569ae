package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import dev.weftrace.contract.StaticTag;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link TracedMethod} of a {@link MethodDeclaration} that {@link TracedMethodValidator}
 * has checked, splitting its tags between its span (or the current one) and the local root: what
 * the writers need, decided at compile time. It reports nothing, and leaves out what the validator
 * rejected (the compilation fails anyway): tags whose path does not resolve, result tags without a
 * key or a value to read, malformed static tags and exception classes the companion cannot name.
 */
final class TracedMethods {

  private final RuntimeNames runtimeNames;

  TracedMethods(Elements elements, Types types) {
    this.runtimeNames = new RuntimeNames(elements, types);
  }

  /** The companion entry of {@code method}. */
  TracedMethod read(MethodDeclaration method) {
    ExecutableElement element = method.element();
    String methodName =
        element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
    List<TagSite> tags = method.parameterTags().stream().filter(TagSite::readable).toList();
    List<TagSite> resultTags = resultTags(method);
    List<StaticTag> staticTags = staticTags(method);
    if (method.methodKind() == MethodKind.TAG_CURRENT) {
      return new TracedMethod(
          element,
          MethodKind.TAG_CURRENT,
          runtimeNames.methodKey(element),
          methodName,
          methodName,
          "",
          "",
          "",
          Trace.Kind.INTERNAL,
          false,
          false,
          method.spanEnd(),
          ownSpan(tags),
          ownSpan(resultTags),
          localRoot(tags),
          localRoot(resultTags),
          staticTags,
          List.of());
    }
    Trace trace = method.trace();
    return new TracedMethod(
        element,
        MethodKind.SPAN,
        runtimeNames.methodKey(element),
        trace.operationName().isEmpty() ? methodName : trace.operationName(),
        methodName,
        trace.resourceName(),
        trace.service(),
        trace.spanType(),
        trace.kind(),
        trace.measured(),
        trace.noParent(),
        method.spanEnd(),
        ownSpan(tags),
        ownSpan(resultTags),
        localRoot(tags),
        localRoot(resultTags),
        staticTags,
        ignoredExceptions(method));
  }

  private static List<TagSite> ownSpan(List<TagSite> tags) {
    return tags.stream().filter(tag -> !tag.localRoot()).toList();
  }

  private static List<TagSite> localRoot(List<TagSite> tags) {
    return tags.stream().filter(TagSite::localRoot).toList();
  }

  private static List<TagSite> resultTags(MethodDeclaration method) {
    if (method.resultValueType() == null) {
      return List.of();
    }
    return method.resultTags().stream()
        .filter(tag -> !tag.key().isEmpty() && tag.readable())
        .toList();
  }

  /** The well-formed static tags, as the runtime parses them. */
  private static List<StaticTag> staticTags(MethodDeclaration method) {
    List<StaticTag> tags = new ArrayList<>();
    for (TagSite site : method.staticTags()) {
      StaticTag tag = StaticTag.parse(Annotations.string(site.keyValue()));
      if (tag != null) {
        tags.add(tag);
      }
    }
    return tags;
  }

  private static List<TypeMirror> ignoredExceptions(MethodDeclaration method) {
    List<TypeMirror> types = new ArrayList<>();
    for (MethodDeclaration.IgnoredException ignored : method.ignoredExceptions()) {
      if (ignored.nameable()) {
        types.add(ignored.type());
      }
    }
    return types;
  }
}
