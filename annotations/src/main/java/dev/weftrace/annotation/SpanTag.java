package dev.weftrace.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records a parameter, or the return value, of a {@link Trace @Trace} method as a tag (attribute)
 * of its span; on a {@link TagSpan @TagSpan} method, of the span current at the call. With {@link
 * #localRoot()}, of the trace's local root span instead.
 *
 * <p>Values are recorded by type: {@code String} as a string; {@code boolean} and {@code Boolean}
 * as a boolean; {@code byte}, {@code short}, {@code int}, {@code long} and their boxes as a long;
 * {@code float}, {@code double} and their boxes as a double; anything else as {@link
 * String#valueOf(Object)}. A {@code null} value leaves the tag out.
 *
 * <p>On a method, it tags the value the method returns; for a method returning a {@link
 * java.util.concurrent.CompletionStage}, the value the stage completes with. A key is then
 * required, and the method must not be {@code void}.
 *
 * <p>It is repeatable, so that one parameter can give several tags through different {@link #path()
 * paths}.
 *
 * <p>Misuse is a compile error: a tag on a method with neither {@code @Trace} nor {@code @TagSpan},
 * a key that backends would mangle or that weftrace sets itself, two tags with one key, a path that
 * does not exist.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
@Repeatable(SpanTag.List.class)
public @interface SpanTag {

  /**
   * The tag key: a letter, then letters, digits and {@code _ - : . /}, at most 200 characters;
   * lower case is recommended, since Datadog lower-cases keys. Default: empty, meaning the
   * parameter's name as written in the source, captured by {@code weftrace-processor} at compile
   * time, so it works without javac's {@code -parameters} flag. Required on a method.
   */
  String value() default "";

  /**
   * A property path into the value, read through getters ({@code getX()}, {@code isX()}), record
   * components or public fields, separated by dots: {@code "tier.name"} records {@code
   * value.getTier().getName()}. Checked against the static type at compile time; a {@code null}
   * anywhere along it leaves the tag out. Default: empty, meaning the value itself.
   */
  String path() default "";

  /**
   * Confirms that this tag may record a value whose name looks like a secret (password, token, card
   * number, ...), which the processor otherwise warns about (or, with {@code
   * -Aweftrace.strict=true}, rejects). Default: {@code false}.
   */
  boolean allowSensitive() default false;

  /**
   * Records the tag on the local root span of the trace instead: the first span of this trace in
   * this process, typically the incoming request's server span, so that whole traces can be
   * searched and grouped by the value. What the local root is depends on the tracer; see the
   * README. Set by code that runs after the local root has ended (work left running by an
   * asynchronous request), the tag is dropped without error. Default: {@code false}, the method's
   * own span (for {@code @TagSpan}, the span current at the call).
   */
  boolean localRoot() default false;

  /** Holds several {@code @SpanTag}s on one element; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.PARAMETER, ElementType.METHOD})
  @interface List {
    /** The tags. */
    SpanTag[] value();
  }
}
