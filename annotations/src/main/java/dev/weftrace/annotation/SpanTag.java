package dev.weftrace.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records a parameter of a {@link Trace @Trace} method as a tag (attribute) of its span.
 *
 * <p>Values are recorded by type: {@code String} as a string; {@code boolean} and {@code Boolean}
 * as a boolean; {@code byte}, {@code short}, {@code int}, {@code long} and their boxes as a long;
 * {@code float}, {@code double} and their boxes as a double; anything else as {@link
 * String#valueOf(Object)}. A {@code null} value leaves the tag out.
 *
 * <p>On a parameter of a method without {@code @Trace} it is a compile error, since it would
 * silently do nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SpanTag {

  /**
   * The tag key. Default: empty, meaning the parameter's name as written in the source. The name is
   * captured by {@code weftrace-processor} at compile time, so it works without javac's {@code
   * -parameters} flag.
   */
  String value() default "";
}
