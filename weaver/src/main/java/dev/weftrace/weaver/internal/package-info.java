/**
 * The plain-Java engine behind the woven advice: not public API, and free to change in any release.
 *
 * <p>Some types here ({@link dev.weftrace.weaver.internal.MethodSpan}, {@link
 * dev.weftrace.weaver.internal.TagBinder}, {@link dev.weftrace.weaver.internal.TagSink}, {@link
 * dev.weftrace.weaver.internal.SpanCompanion}) are public only because code that {@code
 * weftrace-processor} generates into users' packages refers to them. Processor and weaver are
 * released together; pin both with {@code weftrace-bom}. Others are public because the advice,
 * which ajc inlines into users' classes, calls them ({@link dev.weftrace.weaver.internal.Tracing},
 * {@link dev.weftrace.weaver.internal.MethodSpans}, {@link
 * dev.weftrace.weaver.internal.KillSwitch}, {@link dev.weftrace.weaver.internal.Sneaky}), because
 * framework integrations hand tracers over ({@link dev.weftrace.weaver.internal.TracerRegistry}),
 * or because a subpackage uses them.
 *
 * <p>This package is the core: what a traced call does ({@link
 * dev.weftrace.weaver.internal.Tracing}), what is known of a traced method ({@link
 * dev.weftrace.weaver.internal.MethodSpan}, {@link dev.weftrace.weaver.internal.MethodSpans}), how
 * tags are written, settings, and which tracer spans go to ({@link
 * dev.weftrace.weaver.internal.TracerRegistry}). Each backend and each optional dependency has its
 * own subpackage: {@code otel}, {@code opentracing} and {@code micrometer} (bridges behind {@link
 * dev.weftrace.weaver.internal.TracerBridge}), {@code async} (one strategy per async library:
 * Reactor, RxJava, Guava, Vert.x, Reactive Streams), {@code slf4j} and {@code datadog}, those of
 * optional dependencies loaded only when present; {@code check} says when the setup loses spans.
 *
 * <p>Nothing here knows about AspectJ: the aspect in {@code dev.weftrace.weaver.aspect} turns a
 * join point into a {@link dev.weftrace.weaver.internal.MethodSpan} and hands over to {@link
 * dev.weftrace.weaver.internal.Tracing}.
 */
package dev.weftrace.weaver.internal;
