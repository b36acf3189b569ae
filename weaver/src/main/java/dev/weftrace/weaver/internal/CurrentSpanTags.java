package dev.weftrace.weaver.internal;

import dev.weftrace.weaver.internal.async.AsyncEnd;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a {@code @TagSpan} method does: it makes no span, and writes its tags to the span current at
 * the call ({@link TracerBridge#currentSpan()}) and its {@code localRoot} tags to the local root
 * ({@link TracerBridge#localRoot()}). Without a current span that records, the bridge answers
 * {@link TagSink#NONE} and nothing is read from the arguments. Never throws.
 */
final class CurrentSpanTags {

  private CurrentSpanTags() {}

  /** See {@link Tracing#tagCurrent}. */
  static TagSink tag(MethodSpan method, Object[] args) {
    if (!method.traced()) {
      return TagSink.NONE;
    }
    TracerBridge bridge = TracerRegistry.current();
    TagSink span = TagTargets.of(bridge, false, method);
    if (span != TagSink.NONE) {
      try {
        method.putStaticTags(span);
        method.tags().bind(args, span);
      } catch (Throwable failure) {
        Failures.report("tags of " + method.spanName(), failure);
      }
    }
    if (method.localRootTags() != TagBinder.NONE) {
      TagSink root = TagTargets.of(bridge, true, method);
      if (root != TagSink.NONE) {
        try {
          method.localRootTags().bind(args, root);
        } catch (Throwable failure) {
          Failures.report("local root tags of " + method.spanName(), failure);
        }
      }
    }
    return span;
  }

  /** See {@link Tracing#tagResult}. */
  static Object tagResult(MethodSpan method, TagSink span, Object result) {
    if (!method.tagsResult()) {
      return result;
    }
    TagSink root =
        method.localRootResultTags() == null
            ? TagSink.NONE
            : TagTargets.of(TracerRegistry.current(), true, method);
    if (span == TagSink.NONE && root == TagSink.NONE) {
      return result;
    }
    try {
      AsyncEnd async = method.asyncEnd();
      if (async != null && async.handles(result)) {
        // The value is known on completion; a lazy result may complete once per subscription.
        AtomicBoolean tagged = new AtomicBoolean();
        return async.endWhenComplete(
            result,
            (value, error) -> {
              if (error == null && tagged.compareAndSet(false, true)) {
                bindResult(method, span, root, value);
              }
            });
      }
    } catch (Throwable failure) {
      Failures.report("result tags of " + method.spanName(), failure);
      return result;
    }
    bindResult(method, span, root, result);
    return result;
  }

  private static void bindResult(MethodSpan method, TagSink span, TagSink root, Object value) {
    if (span != TagSink.NONE && method.resultTags() != null) {
      try {
        method.resultTags().bind(value, span);
      } catch (Throwable failure) {
        Failures.report("result tags of " + method.spanName(), failure);
      }
    }
    if (root != TagSink.NONE && method.localRootResultTags() != null) {
      try {
        method.localRootResultTags().bind(value, root);
      } catch (Throwable failure) {
        Failures.report("local root result tags of " + method.spanName(), failure);
      }
    }
  }
}
