package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * What the companion records of one {@code @Trace} method: everything the woven advice will need,
 * decided at compile time.
 *
 * @param element the method
 * @param methodKey {@code name(type,...)} as the runtime computes it from the woven signature
 * @param spanName the operation name, or {@code SimpleClassName.methodName}
 * @param resourceName the resource name, empty for none
 * @param completesLater whether the return type is a {@code CompletionStage}
 * @param tags the tagged parameters, in declaration order
 */
record TracedMethod(
    ExecutableElement element,
    String methodKey,
    String spanName,
    String resourceName,
    Trace.Kind kind,
    boolean measured,
    boolean noParent,
    boolean completesLater,
    List<TaggedParameter> tags) {

  /**
   * One {@code @SpanTag} parameter.
   *
   * @param index its position among the method's parameters
   * @param key the tag key: the annotation's value, or the parameter's name
   * @param binding how its value is read and recorded
   */
  record TaggedParameter(int index, String key, TagBinding binding) {}
}
