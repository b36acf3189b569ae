package dev.weftrace.weaver.aspect;

import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.KillSwitch;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.Sneaky;
import dev.weftrace.weaver.internal.TagSink;
import dev.weftrace.weaver.internal.Tracing;
import org.aspectj.lang.annotation.SuppressAjWarnings;

/**
 * Wraps every execution of a {@code @Trace} method in a span, and tags the current span at every
 * execution of a {@code @TagSpan} method. Holds pointcuts and hands over to {@link Tracing};
 * nothing else.
 *
 * <p>Code-style {@code around} advice, because ajc inlines it into the woven method: no closure
 * and no {@code JoinPoint} are made per call, and nothing at all when weftrace is switched off. A
 * {@code @TagSpan} method that tags no result needs nothing after the call: {@code before} advice,
 * a plain static call that does not box the result as {@code around} advice does.
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

  /**
   * Everything traced, unless the method has advice typed to it ({@link
   * dev.weftrace.weaver.internal.TypedAdvice}), or
   * weftrace is switched off for this JVM, or the method is excluded by {@code weftrace.exclude}.
   * Both tests come before the advice, so a switched-off or excluded method binds no arguments and
   * boxes nothing; without exclusion rules the second test is a constant too.
   */
  pointcut traced():
      (tracedMethod() || tracedByType())
          && !execution(@dev.weftrace.weaver.internal.TypedAdvice * *(..))
          && if(KillSwitch.ENABLED && JoinPointSites.included(thisJoinPointStaticPart));

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

  /*
   * Traced methods with tags need their arguments. thisJoinPoint would give them, but ajc builds
   * it (a JoinPoint object and two argument arrays) before the if() test, so even a switched-off
   * JVM would pay for it on every call. Binding the arguments with args() costs nothing until the
   * advice runs, and then one array for the tag binder. One advice per parameter count, up to
   * six; methods with more parameters fall back to thisJoinPoint.
   */

  /** Tagged methods with one parameter. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0): traced() && tagged() && args(a0) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    ActiveSpan span = Tracing.enter(method, new Object[] {a0});
    Object result;
    try {
      result = proceed(a0);
    } catch (Throwable error) {
      Tracing.exitExceptionally(method, span, error);
      throw Sneaky.rethrow(error);
    }
    return Tracing.exit(method, span, result);
  }

  /** Tagged methods with two parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1): traced() && tagged() && args(a0, a1) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    ActiveSpan span = Tracing.enter(method, new Object[] {a0, a1});
    Object result;
    try {
      result = proceed(a0, a1);
    } catch (Throwable error) {
      Tracing.exitExceptionally(method, span, error);
      throw Sneaky.rethrow(error);
    }
    return Tracing.exit(method, span, result);
  }

  /** Tagged methods with three parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1, Object a2): traced() && tagged() && args(a0, a1, a2) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    ActiveSpan span = Tracing.enter(method, new Object[] {a0, a1, a2});
    Object result;
    try {
      result = proceed(a0, a1, a2);
    } catch (Throwable error) {
      Tracing.exitExceptionally(method, span, error);
      throw Sneaky.rethrow(error);
    }
    return Tracing.exit(method, span, result);
  }

  /** Tagged methods with four parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1, Object a2, Object a3):
      traced() && tagged() && args(a0, a1, a2, a3) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    ActiveSpan span = Tracing.enter(method, new Object[] {a0, a1, a2, a3});
    Object result;
    try {
      result = proceed(a0, a1, a2, a3);
    } catch (Throwable error) {
      Tracing.exitExceptionally(method, span, error);
      throw Sneaky.rethrow(error);
    }
    return Tracing.exit(method, span, result);
  }

  /** Tagged methods with five parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1, Object a2, Object a3, Object a4):
      traced() && tagged() && args(a0, a1, a2, a3, a4) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    ActiveSpan span = Tracing.enter(method, new Object[] {a0, a1, a2, a3, a4});
    Object result;
    try {
      result = proceed(a0, a1, a2, a3, a4);
    } catch (Throwable error) {
      Tracing.exitExceptionally(method, span, error);
      throw Sneaky.rethrow(error);
    }
    return Tracing.exit(method, span, result);
  }

  /** Tagged methods with six parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1, Object a2, Object a3, Object a4, Object a5):
      traced() && tagged() && args(a0, a1, a2, a3, a4, a5) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    ActiveSpan span = Tracing.enter(method, new Object[] {a0, a1, a2, a3, a4, a5});
    Object result;
    try {
      result = proceed(a0, a1, a2, a3, a4, a5);
    } catch (Throwable error) {
      Tracing.exitExceptionally(method, span, error);
      throw Sneaky.rethrow(error);
    }
    return Tracing.exit(method, span, result);
  }

  /** Tagged methods with seven or more parameters: the arguments come from thisJoinPoint. */
  @SuppressAjWarnings({"adviceDidNotMatch", "canNotImplementLazyTjp"})
  Object around(): traced() && tagged() && execution(* *(*, *, *, *, *, *, *, ..)) {
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

  /**
   * Executions of {@code @TagSpan} methods, unless weftrace is switched off or the method excluded,
   * tested before the advice as for {@link #traced()}.
   */
  pointcut tagsCurrentSpan():
      execution(@dev.weftrace.annotation.TagSpan * *(..))
          && if(KillSwitch.ENABLED && JoinPointSites.included(thisJoinPointStaticPart));

  /**
   * Methods whose return value is tagged: a {@code @SpanTag} on the method itself (once or
   * repeated).
   */
  pointcut tagsResult():
      execution(@dev.weftrace.annotation.SpanTag * *(..))
          || execution(@dev.weftrace.annotation.SpanTag.List * *(..));

  /*
   * @TagSpan methods that tag no result: before advice, which neither wraps the call nor boxes its
   * result. Arguments are bound as for traced methods, by parameter count.
   */

  /** @TagSpan methods with static tags only. */
  @SuppressAjWarnings("adviceDidNotMatch")
  before(): tagsCurrentSpan() && !tagsResult() && !tagged() {
    Tracing.tagCurrent(JoinPointSites.method(thisJoinPointStaticPart), Tracing.NO_ARGS);
  }

  /** @TagSpan methods with tags and one parameter. */
  @SuppressAjWarnings("adviceDidNotMatch")
  before(Object a0): tagsCurrentSpan() && !tagsResult() && tagged() && args(a0) {
    Tracing.tagCurrent(JoinPointSites.method(thisJoinPointStaticPart), new Object[] {a0});
  }

  /** @TagSpan methods with tags and two parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  before(Object a0, Object a1): tagsCurrentSpan() && !tagsResult() && tagged() && args(a0, a1) {
    Tracing.tagCurrent(JoinPointSites.method(thisJoinPointStaticPart), new Object[] {a0, a1});
  }

  /** @TagSpan methods with tags and three parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  before(Object a0, Object a1, Object a2):
      tagsCurrentSpan() && !tagsResult() && tagged() && args(a0, a1, a2) {
    Tracing.tagCurrent(JoinPointSites.method(thisJoinPointStaticPart), new Object[] {a0, a1, a2});
  }

  /** @TagSpan methods with tags and four parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  before(Object a0, Object a1, Object a2, Object a3):
      tagsCurrentSpan() && !tagsResult() && tagged() && args(a0, a1, a2, a3) {
    Tracing.tagCurrent(
        JoinPointSites.method(thisJoinPointStaticPart), new Object[] {a0, a1, a2, a3});
  }

  /** @TagSpan methods with tags and five parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  before(Object a0, Object a1, Object a2, Object a3, Object a4):
      tagsCurrentSpan() && !tagsResult() && tagged() && args(a0, a1, a2, a3, a4) {
    Tracing.tagCurrent(
        JoinPointSites.method(thisJoinPointStaticPart), new Object[] {a0, a1, a2, a3, a4});
  }

  /** @TagSpan methods with tags and six parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  before(Object a0, Object a1, Object a2, Object a3, Object a4, Object a5):
      tagsCurrentSpan() && !tagsResult() && tagged() && args(a0, a1, a2, a3, a4, a5) {
    Tracing.tagCurrent(
        JoinPointSites.method(thisJoinPointStaticPart), new Object[] {a0, a1, a2, a3, a4, a5});
  }

  /** @TagSpan methods with tags and seven or more parameters: arguments from thisJoinPoint. */
  @SuppressAjWarnings({"adviceDidNotMatch", "canNotImplementLazyTjp"})
  before():
      tagsCurrentSpan() && !tagsResult() && tagged() && execution(* *(*, *, *, *, *, *, *, ..)) {
    Tracing.tagCurrent(JoinPointSites.method(thisJoinPointStaticPart), thisJoinPoint.getArgs());
  }

  /*
   * @TagSpan methods that tag their result: tags before the call on the span current then, result
   * tags after it on the same span. No try/catch: a throw has no result to tag, and leaves nothing
   * to close. Arguments are bound as for traced methods, by parameter count.
   */

  /** @TagSpan methods that tag their result and no parameter. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(): tagsCurrentSpan() && tagsResult() && !tagged() {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    TagSink span = Tracing.tagCurrent(method, Tracing.NO_ARGS);
    return Tracing.tagResult(method, span, proceed());
  }

  /** @TagSpan methods with tags and one parameter. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0): tagsCurrentSpan() && tagsResult() && tagged() && args(a0) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    TagSink span = Tracing.tagCurrent(method, new Object[] {a0});
    return Tracing.tagResult(method, span, proceed(a0));
  }

  /** @TagSpan methods with tags and two parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1):
      tagsCurrentSpan() && tagsResult() && tagged() && args(a0, a1) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    TagSink span = Tracing.tagCurrent(method, new Object[] {a0, a1});
    return Tracing.tagResult(method, span, proceed(a0, a1));
  }

  /** @TagSpan methods with tags and three parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1, Object a2):
      tagsCurrentSpan() && tagsResult() && tagged() && args(a0, a1, a2) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    TagSink span = Tracing.tagCurrent(method, new Object[] {a0, a1, a2});
    return Tracing.tagResult(method, span, proceed(a0, a1, a2));
  }

  /** @TagSpan methods with tags and four parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1, Object a2, Object a3):
      tagsCurrentSpan() && tagsResult() && tagged() && args(a0, a1, a2, a3) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    TagSink span = Tracing.tagCurrent(method, new Object[] {a0, a1, a2, a3});
    return Tracing.tagResult(method, span, proceed(a0, a1, a2, a3));
  }

  /** @TagSpan methods with tags and five parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1, Object a2, Object a3, Object a4):
      tagsCurrentSpan() && tagsResult() && tagged() && args(a0, a1, a2, a3, a4) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    TagSink span = Tracing.tagCurrent(method, new Object[] {a0, a1, a2, a3, a4});
    return Tracing.tagResult(method, span, proceed(a0, a1, a2, a3, a4));
  }

  /** @TagSpan methods with tags and six parameters. */
  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object a0, Object a1, Object a2, Object a3, Object a4, Object a5):
      tagsCurrentSpan() && tagsResult() && tagged() && args(a0, a1, a2, a3, a4, a5) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    TagSink span = Tracing.tagCurrent(method, new Object[] {a0, a1, a2, a3, a4, a5});
    return Tracing.tagResult(method, span, proceed(a0, a1, a2, a3, a4, a5));
  }

  /** @TagSpan methods with tags and seven or more parameters: arguments from thisJoinPoint. */
  @SuppressAjWarnings({"adviceDidNotMatch", "canNotImplementLazyTjp"})
  Object around():
      tagsCurrentSpan() && tagsResult() && tagged() && execution(* *(*, *, *, *, *, *, *, ..)) {
    MethodSpan method = JoinPointSites.method(thisJoinPointStaticPart);
    TagSink span = Tracing.tagCurrent(method, thisJoinPoint.getArgs());
    return Tracing.tagResult(method, span, proceed());
  }
}
