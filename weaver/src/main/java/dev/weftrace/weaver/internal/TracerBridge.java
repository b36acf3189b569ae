package dev.weftrace.weaver.internal;

/** Starts spans on one tracer API. One implementation per backend. */
public interface TracerBridge {

  /**
   * Starts the span of one call, with its tags, and makes it current: {@link #open}, the tags of
   * {@code args}, then {@link #start(MethodSpan, SpanOpening)}. The path of the generic advice.
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
    return start(method, opening);
  }

  /**
   * Prepares the span of one call (its builder, the attributes that describe the method and its
   * static tags) without starting it; {@link SpanOpening#NONE} when nothing would be recorded.
   */
  SpanOpening open(MethodSpan method);

  /**
   * Starts the span {@link #open} prepared and makes it current. If making it current fails, ends
   * it and throws: the caller never holds a span it would not end.
   *
   * @param opening what {@link #open} returned for {@code method} on this bridge, never {@link
   *     SpanOpening#NONE}
   */
  ActiveSpan start(MethodSpan method, SpanOpening opening);

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
