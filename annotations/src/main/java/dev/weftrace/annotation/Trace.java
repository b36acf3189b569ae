package dev.weftrace.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose every execution becomes one span; on a class, marks each public method the
 * class declares.
 *
 * <p>The annotation does nothing by itself: {@code weftrace-processor} checks it when javac runs,
 * and {@code weftrace-weaver} weaves span start, tag and finish code around the method when the
 * build runs {@code aspectj-maven-plugin} after javac. Public, private, static and self-invoked
 * methods are all traced, because the code is woven into the method itself rather than into a
 * proxy.
 *
 * <p>The span is named {@link #operationName()} if set, else {@code SimpleClassName.methodName}. It
 * is a child of the span current when the method starts (unless {@link #noParent()}), and is the
 * current span while the method runs. A thrown exception marks the span as an error and propagates
 * unchanged. A method returning a {@link java.util.concurrent.CompletionStage} ends its span when
 * the stage completes, not when the method returns.
 *
 * <p>On a class (or record, enum, interface), it traces every public method with a body that the
 * type itself declares: not inherited methods, not compiler-generated ones (record accessors, enum
 * {@code values}), and not {@code toString}, {@code equals} or {@code hashCode}. Its attributes
 * apply to each of them. A method's own {@code @Trace} replaces the class's entirely.
 *
 * <p>Applying it to an abstract or native method is a compile error: there is no body to weave.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Trace {

  /**
   * The span's name (Datadog's "operation name"). Default: empty, meaning {@code
   * SimpleClassName.methodName} of the declaring class.
   */
  String operationName() default "";

  /**
   * The resource the span acts on, such as an endpoint or a query shape; sent as attribute {@code
   * resource.name}, which Datadog uses as the span's resource. Default: empty, meaning no
   * attribute.
   */
  String resourceName() default "";

  /**
   * Asks backends that compute trace metrics (Datadog) to compute them for this span even if it is
   * not a service entry span. Default: {@code false}. Backends without the concept ignore it.
   */
  boolean measured() default false;

  /**
   * Starts a new trace instead of a child of the current span, as for a background job that should
   * not be counted as part of the request that scheduled it. Default: {@code false}.
   */
  boolean noParent() default false;

  /** The span kind. Default: {@link Kind#INTERNAL}. */
  Kind kind() default Kind.INTERNAL;

  /**
   * The service this span belongs to, for backends that group spans by service within one process
   * (Datadog's {@code service}); children started later inherit it there. Default: empty, meaning
   * the service the tracer is configured with. Sent as attribute {@code service.name}.
   */
  String service() default "";

  /**
   * The span type, for backends that have one (Datadog's {@code type}, such as {@code web}, {@code
   * db}, {@code cache}). Default: empty, meaning none. Sent as attribute {@code span.type}.
   */
  String spanType() default "";

  /**
   * Whether the method is traced. Set to {@code false} on a method of a class with a class-level
   * {@code @Trace} to leave that one method out: it is then not woven at all. Default: {@code
   * true}.
   */
  boolean enabled() default true;

  /**
   * Exceptions that are an expected outcome of this method, such as a "not found" that callers
   * handle: when the method throws one of these (or a subclass), or its {@code CompletionStage}
   * completes with one, the exception is still recorded on the span as an event, but the span is
   * not marked as an error. Default: none.
   */
  Class<? extends Throwable>[] ignoreExceptions() default {};

  /**
   * Tags with fixed values, each written {@code "key:value"} (split at the first colon), such as
   * {@code "team:payments"}. Keys follow the same rules as {@link SpanTag#value()} keys. Default:
   * none.
   */
  String[] tags() default {};

  /** The role a span plays in a trace, as OpenTelemetry defines span kinds. */
  enum Kind {
    /** Work inside one process: the default for business logic. */
    INTERNAL,
    /** Handling of a synchronous request from a remote client. */
    SERVER,
    /** A synchronous request to a remote service. */
    CLIENT,
    /** Sending a message to be processed later. */
    PRODUCER,
    /** Processing a message that a producer sent. */
    CONSUMER
  }
}
