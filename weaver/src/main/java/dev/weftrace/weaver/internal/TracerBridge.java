package dev.weftrace.weaver.internal;

/** Starts spans on one tracer API. One implementation per backend. */
public interface TracerBridge {

  /**
   * Starts the span of one call, with its tags, and makes it current: {@link #open}, the tags of
   * {@code args}, then {@link SpanOpening#start}. The path of the generic advice.
   *
   * @param method what is known of the method at compile time
   * @param args the call's arguments, for {@link MethodSpan#tags()}
   */
  default ActiveSpan start(MethodSpan method, Object[] args) {
    SpanOpening opening = open(method);
    if (opening == SpanOpening.NONE) {
      return ActiveSpan.NOOP;
    }
    StartTags.bindArguments(method, args, opening);
    return opening.start(method);
  }

  /**
   * Prepares the span of one call (its builder, the attributes that describe the method and its
   * static tags) without starting it; {@link SpanOpening#NONE} when nothing would be recorded. The
   * opening starts on this bridge even if another is registered by the time it starts, so that a
   * call reads the registry once.
   */
  SpanOpening open(MethodSpan method);

  /**
   * The span current on this thread, as a sink for tags that {@code @TagSpan} methods and code add
   * to a span they did not create; {@link TagSink#NONE} when there is none or it records nothing.
   * Never throws.
   */
  default TagSink currentSpan() {
    return TagSink.NONE;
  }

  /**
   * The local root of the current trace in this process (its first span here, typically the
   * incoming request's server span), as a sink for {@code @SpanTag(localRoot = true)} tags; {@link
   * TagSink#NONE} when it is unknown or has ended. Never throws.
   */
  default TagSink localRoot() {
    return TagSink.NONE;
  }
}
