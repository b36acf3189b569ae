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
 * has checked: what the writers need, decided at compile time. It reports nothing, and leaves out
 * what the validator rejected (the compilation fails anyway): tags whose path does not resolve,
 * result tags without a key or a value to read, malformed static tags and exception classes the
 * companion cannot name.
 */
final class TracedMethods {

  private final RuntimeNames runtimeNames;

  TracedMethods(Elements elements, Types types) {
    this.runtimeNames = new RuntimeNames(elements, types);
  }

  /** The companion entry of {@code method}. */
  TracedMethod read(MethodDeclaration method) {
    ExecutableElement element = method.element();
    Trace trace = method.trace();
    String methodName =
        element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
    return new TracedMethod(
        element,
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
        method.parameterTags().stream().filter(TagSite::readable).toList(),
        resultTags(method),
        staticTags(trace),
        ignoredExceptions(method));
  }

  private static List<TagSite> resultTags(MethodDeclaration method) {
    if (method.resultValueType() == null) {
      return List.of();
    }
    return method.resultTags().stream()
        .filter(tag -> !tag.key().isEmpty() && tag.readable())
        .toList();
  }

  private static List<StaticTag> staticTags(Trace trace) {
    List<StaticTag> tags = new ArrayList<>();
    for (String entry : trace.tags()) {
      StaticTag tag = StaticTag.parse(entry);
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
