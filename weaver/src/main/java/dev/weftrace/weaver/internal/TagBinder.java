package dev.weftrace.weaver.internal;

/**
 * Reads the tags of one call of a traced method from its arguments and writes them to a {@link
 * TagSink}. Generated per method by {@code weftrace-processor} as typed code: it knows at compile
 * time which argument carries which key and of what type, so nothing is looked up at run time.
 */
@FunctionalInterface
public interface TagBinder {

  /** A binder for methods without tags. */
  TagBinder NONE = (args, tags) -> {};

  /**
   * Writes the tags of one call.
   *
   * @param args the call's arguments, in declaration order (never {@code null}; empty when the
   *     method has no tagged parameters)
   * @param tags where the tags go
   */
  void bind(Object[] args, TagSink tags);
}
