package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import dev.weftrace.contract.StaticTag;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * What the companion records of one traced method: everything the woven advice will need, decided
 * at compile time.
 *
 * @param element the method
 * @param methodKey {@code name(type,...)} as the runtime computes it from the woven signature
 * @param spanName the operation name, or {@code SimpleClassName.methodName}
 * @param methodName {@code SimpleClassName.methodName}, whatever the span name
 * @param resourceName the resource name, empty for none
 * @param service the service, empty for the tracer's own
 * @param spanType the span type, empty for none
 * @param spanEnd how the method's result ends its span
 * @param tags tags read from the arguments, in declaration order
 * @param resultTags tags read from the result (the completed value for a stage)
 * @param staticTags tags with fixed values, from {@code @Trace(tags = ...)}
 * @param ignoredExceptions the exception types of {@code @Trace(ignoreExceptions = ...)}
 */
record TracedMethod(
    ExecutableElement element,
    String methodKey,
    String spanName,
    String methodName,
    String resourceName,
    String service,
    String spanType,
    Trace.Kind kind,
    boolean measured,
    boolean noParent,
    SpanEnd spanEnd,
    List<Tag> tags,
    List<Tag> resultTags,
    List<StaticTag> staticTags,
    List<TypeMirror> ignoredExceptions) {

  /**
   * One tag read from a value: an argument ({@code index} ≥ 0) or the result ({@code index} -1).
   *
   * @param key the tag key
   * @param sourceType the static type the value is cast to before it is read: the parameter's
   *     type, the return type, or a stage's value type
   * @param path the properties read from it, in order; empty for the value itself
   * @param valueType the type of what is recorded: {@code sourceType}, or the last property's
   * @param description where the value comes from, for the span catalog
   */
  record Tag(
      int index,
      String key,
      TypeMirror sourceType,
      List<PropertyPaths.Step> path,
      TypeMirror valueType,
      String description) {

    /** How the recorded value is written. */
    TagBinding binding() {
      return TagBinding.of(valueType);
    }
  }
}
