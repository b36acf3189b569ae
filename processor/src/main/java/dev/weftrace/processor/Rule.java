package dev.weftrace.processor;

/**
 * The rules the processor enforces. Each id appears in brackets at the start of its messages and
 * never changes, so that users can search for it; the README lists every rule with a wrong and a
 * right example.
 */
enum Rule {
  /** {@code @SpanTag} on a parameter of a method that is not traced: it would do nothing. */
  SPAN_TAG_OUTSIDE_TRACE("SpanTagOutsideTrace"),
  /** {@code @Trace} on a method without a body (abstract, native): there is nothing to weave. */
  TRACE_NOT_WEAVABLE("TraceNotWeavable"),
  /** Generated code needs {@code weftrace-weaver} on the compile classpath. */
  WEAVER_MISSING("WeaverMissing"),
  /** A bug in the processor, reported instead of crashing javac. */
  PROCESSOR_FAILURE("ProcessorFailure");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  /** The stable id, without brackets. */
  String id() {
    return id;
  }
}
