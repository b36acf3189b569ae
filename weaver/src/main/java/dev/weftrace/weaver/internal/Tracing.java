package dev.weftrace.weaver.internal;

import dev.weftrace.weaver.internal.async.AsyncEnd;
import io.opentelemetry.api.OpenTelemetry;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the woven advice does around each traced call, in plain Java. Every method here is safe to
 * call from the advice: none throws, so tracing can never change what the traced method returns or
 * throws.
 */
public final class Tracing {

  /** Arguments passed for methods without tagged parameters. */
  public static final Object[] NO_ARGS = new Object[0];

  private Tracing() {}

  /** See {@link dev.weftrace.weaver.Weftrace#useOpenTelemetry}. */
  public static void useOpenTelemetry(OpenTelemetry openTelemetry) {
    TracerRegistry.useOpenTelemetry(openTelemetry);
  }

  /**
   * Starts the span of one call and makes it current; then writes the call's {@code localRoot}
   * tags, if any, to the local root (see {@link LocalRootTags}).
   */
  public static ActiveSpan enter(MethodSpan method, Object[] args) {
    if (!method.traced()) {
      return ActiveSpan.NOOP;
    }
    try {
      TracerBridge bridge = TracerRegistry.current();
      ActiveSpan span = bridge.start(method, args);
      return method.tagsLocalRoot() && span != ActiveSpan.NOOP
          ? LocalRootTags.enter(bridge, method, args, span)
          : span;
    } catch (Throwable failure) {
      Failures.report("start of " + method.spanName(), failure);
      return ActiveSpan.NOOP;
    }
  }

  /**
   * Typed advice: the description of one traced method, which the generated aspect keeps in a
   * constant. Never throws (see {@link MethodSpans#resolve}).
   */
  public static MethodSpan method(Class<?> declaringType, String name, Class<?>... parameterTypes) {
    return MethodSpans.resolve(declaringType, name, parameterTypes, null);
  }

  /**
   * Typed advice, first step: prepares the span of one call for its start tags, which the advice
   * then writes from its typed locals; {@link SpanOpening#NONE} when nothing would be recorded, in
   * which case the advice computes no tag at all. Only for a traced method: the advice's pointcut
   * has already tested {@link MethodSpan#traced()}. For methods without {@code localRoot} tags: the
   * processor generates the generic advice's array for those.
   */
  public static SpanOpening open(MethodSpan method) {
    try {
      return TracerRegistry.current().open(method);
    } catch (Throwable failure) {
      Failures.report("start of " + method.spanName(), failure);
      return SpanOpening.NONE;
    }
  }

  /**
   * Typed advice, when writing a start tag threw (a getter or {@code toString} of the user's, or
   * the tracer): the call loses the rest of its start tags, not its span.
   */
  public static void tagsFailed(MethodSpan method, Throwable failure) {
    Failures.report("tags of " + method.spanName(), failure);
  }

  /**
   * Typed advice, second step: starts the span {@link #open} prepared, on the bridge that prepared
   * it, and makes it current; {@link ActiveSpan#NOOP} for {@link SpanOpening#NONE} or when starting
   * fails.
   */
  public static ActiveSpan start(MethodSpan method, SpanOpening opening) {
    if (opening == SpanOpening.NONE) {
      return ActiveSpan.NOOP;
    }
    try {
      return opening.start(method);
    } catch (Throwable failure) {
      Failures.report("start of " + method.spanName(), failure);
      return ActiveSpan.NOOP;
    }
  }

  /**
   * After a normal return: restores the caller's context, then ends the span now or, for an async
   * type weftrace follows ({@link dev.weftrace.weaver.internal.async.AsyncEnds}), once, when the
   * result completes. Returns {@code result} itself, except for a lazy type (a Reactor or RxJava
   * publisher), which is returned decorated to end the span on its terminal signal.
   */
  public static Object exit(MethodSpan method, ActiveSpan span, Object result) {
    if (span == ActiveSpan.NOOP) {
      return result; // nothing to close or end: no callback on a future, no decorated publisher
    }
    closeScope(method, span);
    AsyncEnd async = method.asyncEnd();
    if (async == null || !async.handles(result)) {
      finish(method, span, result, null);
      return result;
    }
    return endWhenComplete(method, span, result, async);
  }

  /** {@link #exit} for a result weftrace follows: the span ends when it completes. */
  private static Object endWhenComplete(
      MethodSpan method, ActiveSpan span, Object result, AsyncEnd async) {
    SpanEnding ending = new SpanEnding(method, span);
    try {
      return async.endWhenComplete(result, ending);
    } catch (Throwable failure) {
      Failures.report("completion callback of " + method.spanName(), failure);
      ending.end(null, null);
      return result;
    }
  }

  /**
   * Before a {@code @TagSpan} method runs: writes its static tags and the tags of {@code args} to
   * the span current at the call, and its {@code localRoot} tags to the local root. Returns the
   * current span for {@link #tagResult}; {@link TagSink#NONE} if there is none.
   */
  public static TagSink tagCurrent(MethodSpan method, Object[] args) {
    return CurrentSpanTags.tag(method, args);
  }

  /**
   * After a {@code @TagSpan} method returned: writes the result's tags to {@code span}, the one
   * {@link #tagCurrent} returned, now or when the returned stage or publisher completes. Returns
   * {@code result}, or for a Reactor publisher with result tags, the decorated publisher.
   */
  public static Object tagResult(MethodSpan method, TagSink span, Object result) {
    return CurrentSpanTags.tagResult(method, span, result);
  }

  /** After a throw: restores the caller's context and ends the span as an error. */
  public static void exitExceptionally(MethodSpan method, ActiveSpan span, Throwable error) {
    if (span == ActiveSpan.NOOP) {
      return;
    }
    closeScope(method, span);
    finish(method, span, null, error);
  }

  private static void closeScope(MethodSpan method, ActiveSpan span) {
    try {
      span.closeScope();
    } catch (Throwable failure) {
      Failures.report("scope close of " + method.spanName(), failure);
    }
  }

  /**
   * Ends a real span (never {@link ActiveSpan#NOOP}: both exits return before that): first the
   * result's tags or the cancellation, then the end. Kept small, with the rarer steps in methods of
   * their own, so that the JIT can inline the whole exit into the woven method and keep a bridge's
   * per-call object off the heap.
   */
  private static void finish(MethodSpan method, ActiveSpan span, Object result, Throwable error) {
    if (error == null) {
      if (method.resultTags() != null || method.localRootResultTags() != null) {
        tagResult(method, span, result);
      }
    } else if (error instanceof CancellationException) {
      tagCancelled(method, span);
    }
    try {
      span.finish(error, error != null && !method.ignores(error));
    } catch (Throwable failure) {
      Failures.report("end of " + method.spanName(), failure);
    }
  }

  /** The tags of a successful call's result, on its span and on the local root. */
  private static void tagResult(MethodSpan method, ActiveSpan span, Object result) {
    ResultTagBinder resultTags = method.resultTags();
    if (resultTags != null) {
      try {
        resultTags.bind(result, span);
      } catch (Throwable failure) {
        // A result whose getter or toString throws costs its tags, not the span.
        Failures.report("result tags of " + method.spanName(), failure);
      }
    }
    if (method.localRootResultTags() != null) {
      LocalRootTags.bindResult(method, span, result);
    }
  }

  private static void tagCancelled(MethodSpan method, ActiveSpan span) {
    try {
      span.putBoolean(SpanConventions.CANCELLED, true);
    } catch (Throwable failure) {
      Failures.report("cancelled tag of " + method.spanName(), failure);
    }
  }

  /** Ends the span of one call on the first completion it hears of, whatever the thread. */
  private static final class SpanEnding extends AtomicBoolean implements AsyncEnd.Ending {
    private final transient MethodSpan method;
    private final transient ActiveSpan span;

    SpanEnding(MethodSpan method, ActiveSpan span) {
      this.method = method;
      this.span = span;
    }

    @Override
    public void end(Object value, Throwable error) {
      if (compareAndSet(false, true)) {
        finish(method, span, value, error);
      }
    }
  }
}
