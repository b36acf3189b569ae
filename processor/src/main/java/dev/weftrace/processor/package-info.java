/**
 * The javac annotation processor: checks {@code @Trace}, {@code @TagSpan} and {@code @SpanTag} and
 * writes one span companion per class with woven methods. Not public API: only {@link
 * dev.weftrace.processor.TraceProcessor} is public, for javac's service loader.
 *
 * <p>The pipeline, per round ({@link dev.weftrace.processor.TraceProcessor}):
 *
 * <ol>
 *   <li>Per annotated element, {@link dev.weftrace.processor.ElementValidator}: a type's
 *       {@code @Trace}, and {@code @SpanTag}s on methods that are not traced.
 *   <li>Per woven method, traced or {@code @TagSpan} (which methods are: {@link
 *       dev.weftrace.processor.TracedElements}, by the rule shared with the runtime), once its
 *       types exist: {@link dev.weftrace.processor.MethodDeclarations} reads it once into a {@link
 *       dev.weftrace.processor.MethodDeclaration} of a {@link dev.weftrace.processor.MethodKind}
 *       (tags as {@link dev.weftrace.processor.TagSite}s from {@link
 *       dev.weftrace.processor.SpanTags}, paths resolved, {@link dev.weftrace.processor.SpanEnd}),
 *       reporting nothing; a class whose paths may still change with Lombok waits one round.
 *   <li>{@link dev.weftrace.processor.TracedMethodValidator} reports every rule about it, through
 *       the small validators ({@code TagSpanValidator}, {@code TagKeyValidator}, {@code
 *       SensitiveTagValidator}, {@code DuplicateTagKeys}, {@code TraceValidator}, {@code
 *       AsyncReturnValidator}) and {@link dev.weftrace.processor.Diagnostics}, the one place that
 *       talks to javac.
 *   <li>{@link dev.weftrace.processor.TracedMethods} builds the {@link
 *       dev.weftrace.processor.TracedMethod} from the checked declaration.
 *   <li>Per class, once {@link dev.weftrace.processor.CompanionValidator} has checked that the
 *       weaver is there and the companion's name is free, {@link
 *       dev.weftrace.processor.CompanionWriter} writes the companion ({@code TagCode} the
 *       statements per tag); at the end {@link dev.weftrace.processor.SpanCatalogWriter} writes the
 *       resources.
 * </ol>
 *
 * <p>One package, package-private types: the stages are named by their classes rather than by
 * sub-packages, which would make every type public in a jar that nobody links against. Facts the
 * runtime must agree with (companion name, method key, resource path, class-level coverage, static
 * tag syntax) come from {@code dev.weftrace.contract}.
 */
package dev.weftrace.processor;
