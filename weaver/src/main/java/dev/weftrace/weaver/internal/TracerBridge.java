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
}
