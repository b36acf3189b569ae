/**
 * The plain-Java engine behind the woven advice: not public API, and free to change in any
 * release.
 *
 * <p>Some types here ({@link dev.weftrace.weaver.internal.MethodSpan}, {@link
 * dev.weftrace.weaver.internal.TagBinder}, {@link dev.weftrace.weaver.internal.TagSink}, {@link
 * dev.weftrace.weaver.internal.SpanCompanion}) are public only because code that {@code
 * weftrace-processor} generates into users' packages refers to them. Processor and weaver are
 * released together; pin both with {@code weftrace-bom}.
 *
 * <p>Nothing here knows about AspectJ: the aspect in {@code dev.weftrace.weaver.aspect} turns a
 * join point into a {@link dev.weftrace.weaver.internal.MethodSpan} and hands over to {@link
 * dev.weftrace.weaver.internal.Tracing}.
 */
package dev.weftrace.weaver.internal;
