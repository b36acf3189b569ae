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
  /** {@code @SpanTag} on a method that returns nothing: there is no value to tag. */
  SPAN_TAG_ON_VOID("SpanTagOnVoid"),
  /** A {@code @SpanTag} path names a property that the type does not have. */
  TAG_PATH_UNKNOWN("TagPathUnknown"),
  /** A {@code @SpanTag} path goes through a type or member the generated code cannot reach. */
  TAG_PATH_INACCESSIBLE("TagPathInaccessible"),
  /** A static tag of {@code @Trace(tags = ...)} is not written {@code "key:value"}. */
  STATIC_TAG_MALFORMED("StaticTagMalformed"),
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
