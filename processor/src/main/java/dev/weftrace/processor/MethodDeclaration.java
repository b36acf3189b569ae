package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * One traced method as its source declares it, read once per method (by {@link MethodDeclarations})
 * and not yet judged: {@link TracedMethodValidator} reports what is wrong with it, and {@link
 * TracedMethods} turns what is right into the {@link TracedMethod} the writers write.
 *
 * @param element the method
 * @param methodKind whether the method makes a span ({@code @Trace}) or tags the current one
 *     ({@code @TagSpan}); a method with both is {@link MethodKind#SPAN}, and rejected
 * @param trace the {@code @Trace} that applies: the method's own or its type's; {@code null} for
 *     {@link MethodKind#TAG_CURRENT}
 * @param traceSource the element carrying {@code trace}, or for {@link MethodKind#TAG_CURRENT} the
 *     {@code @TagSpan}: the method or its type
 * @param traceMirror the mirror of that {@code @Trace} or {@code @TagSpan}, for diagnostics and its
 *     static {@code tags}
 * @param companionPackage the package of the method's class, where its companion lives
 * @param spanEnd how the method's result ends its span
 * @param resultValueType what a tag on the method reads (the returned, completed or emitted value);
 *     {@code null} if there is none (a {@code void} method, a {@code Flux}), or no tag to read it
 * @param staticTags the well-formed entries of the {@code tags} of {@code traceMirror}
 * @param resultTags the {@code @SpanTag}s on the method, resolved if there is a result value
 * @param parameterTags the {@code @SpanTag}s on the parameters, in order, resolved
 * @param ignoredExceptions the classes of {@code trace}'s {@code ignoreExceptions} that javac
 *     resolved
 * @param pathsSettled whether every tag path resolves and reads no class that Lombok annotates (see
 *     {@link MethodDeclarations#read})
 */
record MethodDeclaration(
    ExecutableElement element,
    MethodKind methodKind,
    Trace trace,
    Element traceSource,
    AnnotationMirror traceMirror,
    String companionPackage,
    SpanEnd spanEnd,
    TypeMirror resultValueType,
    List<TagSite> staticTags,
    List<TagSite> resultTags,
    List<TagSite> parameterTags,
    List<IgnoredException> ignoredExceptions,
    boolean pathsSettled) {

  /** Every tag read from the source (static ones first), for the span or the local root. */
  List<TagSite> allTags() {
    List<TagSite> all = new ArrayList<>(staticTags);
    all.addAll(resultTags);
    all.addAll(parameterTags);
    return all;
  }

  /**
   * One class of {@code ignoreExceptions}.
   *
   * @param value where it is written, for the caret
   * @param type the class
   * @param nameable whether the companion, in {@code companionPackage}, can name it
   */
  record IgnoredException(AnnotationValue value, DeclaredType type, boolean nameable) {}
}
