package dev.weftrace.weaver.internal;

/** Starts spans on one tracer API. One implementation per backend. */
public interface TracerBridge {

  /**
   * Starts the span of one call, with its tags, and makes it current.
   *
   * @param method what is known of the method at compile time
   * @param args the call's arguments, for {@link MethodSpan#tags()}
   */
  ActiveSpan start(MethodSpan method, Object[] args);

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
