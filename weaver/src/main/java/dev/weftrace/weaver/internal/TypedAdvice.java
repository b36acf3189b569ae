package dev.weftrace.weaver.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Trace} method woven with advice typed to it, which {@code weftrace-processor}
 * generated for its class, so that the generic advice of {@code TraceAspect} leaves it alone. Never
 * written by hand: the generated aspect declares it on the method ({@code declare @method}) in the
 * same weaving, so a method woven without its typed aspect keeps the generic advice. Per method,
 * not per class: a method annotation is not inherited, so an override in a subclass or a nested
 * class that the aspect does not cover keeps the generic advice.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TypedAdvice {}
