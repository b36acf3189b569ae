package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import dev.weftrace.contract.StaticTag;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The model of one woven method, {@code @Trace} or {@code @TagSpan}, that the writers write ({@link
 * CompanionWriter}, {@link SpanCatalogWriter}): everything the woven advice will need, decided at
 * compile time, and nothing the writers would have to check. Built by {@link TracedMethods} from a
 * checked {@link MethodDeclaration}.
 *
 * @param element the method
 * @param methodKind whether calls make a span or tag the current one; for {@link
 *     MethodKind#TAG_CURRENT} the span settings are the defaults and the span name is {@code
 *     SimpleClassName.methodName}
 * @param methodKey the method's {@link dev.weftrace.contract.MethodKey}, as the runtime computes it
 *     from the woven signature
 * @param spanName the operation name, or {@code SimpleClassName.methodName}
 * @param methodName {@code SimpleClassName.methodName}, whatever the span name
 * @param resourceName the resource name, empty for none
 * @param service the service, empty for the tracer's own
 * @param spanType the span type, empty for none
 * @param spanEnd how the method's result ends its span
 * @param tags tags read from the arguments, in declaration order, each resolved; for the method's
 *     span (or the current one)
 * @param resultTags tags read from the result (the completed or emitted value when {@code spanEnd}
 *     is async), each resolved; for the method's span
 * @param localRootTags as {@code tags}, for the local root ({@code @SpanTag(localRoot = true)})
 * @param localRootResultTags as {@code resultTags}, for the local root
 * @param staticTags tags with fixed values, from {@code @Trace(tags = ...)} or {@code @TagSpan(tags
 *     = ...)}
 * @param ignoredExceptions the exception types of {@code @Trace(ignoreExceptions = ...)}
 */
record TracedMethod(
    ExecutableElement element,
    MethodKind methodKind,
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
    List<TagSite> tags,
    List<TagSite> resultTags,
    List<TagSite> localRootTags,
    List<TagSite> localRootResultTags,
    List<StaticTag> staticTags,
    List<TypeMirror> ignoredExceptions) {}
