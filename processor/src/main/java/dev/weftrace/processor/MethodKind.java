package dev.weftrace.processor;

/** What a woven method does with its tags, by its annotation. */
enum MethodKind {
  /** {@code @Trace} (its own or its type's): each call is a span, which carries the tags. */
  SPAN,
  /** {@code @TagSpan}: no span; the tags go to the span current at the call. */
  TAG_CURRENT
}
