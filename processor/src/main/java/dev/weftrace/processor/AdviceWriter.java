package dev.weftrace.processor;

import dev.weftrace.contract.AspectList;
import dev.weftrace.contract.TypedAspectName;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes, when asked for with {@value #OPTION}, the AspectJ aspect typed to the {@code @Trace}
 * methods of one class: {@code Outer_Inner_WeftraceAdvice.aj} among the generated sources, next to
 * the companion. The weftrace Maven plugin compiles it with ajc in its weaving step; a build that
 * weaves without it keeps {@code TraceAspect}'s generic advice, which reads the same companion.
 *
 * <p>Each advice binds the tagged parameters with their own static types and writes their tags
 * straight to the span builder ({@code Tracing.open}, then {@code Tracing.start}): no argument
 * array, no boxing of a primitive argument, and no boxed result for a method that tags none. The
 * aspect declares {@code @TypedAdvice} on each method it advises, which turns the generic advice
 * off there.
 *
 * <p>A class gets no aspect, and keeps the generic advice, when the aspect could not name it or one
 * of its traced methods' parameter or return types (private or another package's non-public types).
 * Within an aspect, a method with {@code localRoot} tags, or a tag path read through a generic
 * type, gets advice of the generic shape (all arguments as {@code Object}, in an array).
 */
final class AdviceWriter {

  /** The processor option that turns the typed aspects on; the weftrace Maven plugin sets it. */
  static final String OPTION = TypedAspectName.PROCESSOR_OPTION;

  private final Filer filer;
  private final Elements elements;
  private final TypedAspectSource source;
  private final List<String> written = new ArrayList<>();

  AdviceWriter(Filer filer, Elements elements, Types types) {
    this.filer = filer;
    this.elements = elements;
    this.source = new TypedAspectSource(elements, new SourceTypeNames(elements, types));
  }

  /**
   * Writes the aspect of {@code owner}, whose woven methods are {@code methods}, unless it cannot
   * name what it would need to.
   */
  void write(TypeElement owner, List<TracedMethod> methods) throws IOException {
    Optional<String> text = source.of(owner, methods);
    if (text.isEmpty()) {
      return;
    }
    PackageElement p = elements.getPackageOf(owner);
    String packageName = p.isUnnamed() ? "" : p.getQualifiedName().toString();
    FileObject file =
        filer.createResource(
            StandardLocation.SOURCE_OUTPUT, packageName, aspectName(owner) + ".aj", owner);
    try (Writer out = file.openWriter()) {
      out.write(text.get());
    }
    written.add(packageName.isEmpty() ? aspectName(owner) : packageName + "." + aspectName(owner));
  }

  /**
   * Writes the {@link AspectList} among the generated sources, naming weftrace's generic aspect and
   * the typed ones this compile wrote; once, at its end. A build that weaves with
   * aspectj-maven-plugin and {@code xmlConfigured} gives ajc this file; the weftrace Maven plugin
   * writes its own.
   */
  void writeAspectList() throws IOException {
    FileObject file =
        filer.createResource(StandardLocation.SOURCE_OUTPUT, "", AspectList.FILE_NAME);
    try (Writer out = file.openWriter()) {
      out.write(AspectList.xml(written));
    }
  }

  /** {@code Outer_Inner_WeftraceAdvice} for {@code Outer.Inner}. */
  static String aspectName(TypeElement owner) {
    return CompanionNames.typedAspectSimpleName(owner);
  }
}
