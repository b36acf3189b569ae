package dev.weftrace.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds the tags of a method to the span that is current when it is called, instead of making a span
 * of its own: the web framework's request span, or the span of a traced caller. Each execution
 * records the method's {@link SpanTag @SpanTag} values (parameters, return value, property paths)
 * and its static {@link #tags()} on that span.
 *
 * <p>Like {@link Trace @Trace}, it does nothing by itself: {@code weftrace-processor} checks it and
 * generates the code that reads the tags, and {@code weftrace-weaver} weaves it into the method, so
 * private, static and self-invoked methods work too. Values are recorded with the same types, caps
 * and {@code null} handling as on a {@code @Trace} method; a tag on the method reads the returned
 * value, or for a {@link java.util.concurrent.CompletionStage}, the value it completes with, and is
 * left out if the method throws.
 *
 * <p>When no span is current, or the current one records nothing (no tracer, not sampled), a call
 * records nothing and costs next to nothing. Tags never change what the method returns or throws.
 * The kill switch ({@code weftrace.enabled=false}) and {@code weftrace.exclude} apply as to
 * {@code @Trace}.
 *
 * <p>Misuse is a compile error: {@code @TagSpan} together with {@code @Trace} on one method (or on
 * a method that a class-level {@code @Trace} traces), on an abstract or native method, on a method
 * with no tags, and keys that the method sets twice.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TagSpan {

  /**
   * Tags with fixed values, each written {@code "key:value"} (split at the first colon), such as
   * {@code "cache:catalog"}, as in {@link Trace#tags()}. Keys follow the same rules as {@link
   * SpanTag#value()} keys. Default: none.
   */
  String[] tags() default {};
}
