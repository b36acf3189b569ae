package dev.weftrace.weaver.aspect;

import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.KillSwitch;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.Sneaky;
import dev.weftrace.weaver.internal.Tracing;
import org.aspectj.lang.annotation.SuppressAjWarnings;

/**
 * Wraps every execution of a {@code @Trace} method in a span. Holds pointcuts and hands over to
 * {@link Tracing}; nothing else.
 *
 * <p>Code-style {@code around} advice, because ajc inlines it into the woven method: no closure,
 * no {@code JoinPoint} and no argument array are made per call, except for methods with tagged
 * parameters, which need the argument values.
 */
public aspect TraceAspect {

  /** Executions of methods with their own {@code @Trace}. */
  pointcut annotatedMethod(): execution(@dev.weftrace.annotation.Trace * *(..));

  /** Executions of methods with their own {@code @Trace}, unless it says {@code enabled = false}. */
  pointcut tracedMethod():
      annotatedMethod() && !execution(@dev.weftrace.annotation.Trace(enabled = false) * *(..));

  /**
   * Executions of public methods declared by a {@code @Trace} type, except the {@code Object}
   * methods. Also matches record accessors and enum {@code values()}, which the runtime then finds
   * untraced, since bytecode cannot tell them from methods written in the source.
   */
  pointcut tracedByType():
      execution(public * (@dev.weftrace.annotation.Trace *).*(..))
          && !annotatedMethod()
          && !execution(String *.toString())
          && !execution(boolean *.equals(Object))
          && !execution(int *.hashCode());

  /** Everything traced, unless weftrace is switched off for this JVM. */
  pointcut traced(): (tracedMethod() || tracedByType()) && if(KillSwitch.ENABLED);

  /** Executions of methods with at least one {@code @SpanTag} parameter (once or repeated). */
  pointcut tagged():
      execution(* *(.., @dev.weftrace.annotation.SpanTag (*), ..))
          || execution(* *(.., @dev.weftrace.annotation.SpanTag.List (*), ..));

  /** Traced methods without tags: only the static part of the join point is used. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(): traced() && !tagged() {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    ActiveSpan span = Tracing.enter(method, Tracing.NO_ARGS);
    Object result;
    try {
      result = proceed();
    } catch (Throwable error) {
      Tracing.exitExceptionally(method, span, error);
      throw Sneaky.rethrow(error);
    }
    return Tracing.exit(method, span, result);
  }

  /** Traced methods with tags: the arguments are read for the span's tags. */
  @SuppressAjWarnings({"adviceDidNotMatch", "canNotImplementLazyTjp"})
  Object around(): traced() && tagged() {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    ActiveSpan span = Tracing.enter(method, thisJoinPoint.getArgs());
    Object result;
    try {
      result = proceed();
    } catch (Throwable error) {
      Tracing.exitExceptionally(method, span, error);
      throw Sneaky.rethrow(error);
    }
    return Tracing.exit(method, span, result);
  }
}
