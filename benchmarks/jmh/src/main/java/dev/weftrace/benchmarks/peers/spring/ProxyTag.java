package dev.weftrace.benchmarks.peers.spring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link ProxyTraced} method whose argument {@link SpanAspect} records as a
 * span attribute under {@link #value()}: the role of Micrometer's {@code @SpanTag}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ProxyTag {

  /** The attribute key. */
  String value();
}
