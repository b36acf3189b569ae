package dev.weftrace.benchmarks.peers.spring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that {@link SpanAspect} wraps in a span when it is called through a Spring AOP
 * proxy: the role of Micrometer's {@code @NewSpan} or an application's own tracing annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProxyTraced {}
