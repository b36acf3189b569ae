package dev.weftrace.processor;

/**
 * The rules the processor enforces. Each id appears in brackets at the start of its messages and
 * never changes, so that users can search for it; the README lists every rule with a wrong and a
 * right example.
 */
enum Rule {
  /**
   * {@code @SpanTag} on a parameter or the return value of a method that is neither traced (by its
   * own {@code @Trace} or its type's) nor a {@code @TagSpan} method: it would do nothing.
   */
  SPAN_TAG_OUTSIDE_TRACE("SpanTagOutsideTrace"),
  /**
   * {@code @TagSpan} on a method that is also traced, by its own {@code @Trace} or its type's: one
   * call cannot both make a span and tag the caller's.
   */
  TAG_SPAN_WITH_TRACE("TagSpanWithTrace"),
  /** {@code @TagSpan} on a method without a body (abstract, native): there is no code to weave. */
  TAG_SPAN_NOT_WEAVABLE("TagSpanNotWeavable"),
  /**
   * {@code @TagSpan} on a method with no {@code @SpanTag} and no static tags: it would do nothing.
   */
  TAG_SPAN_EMPTY("TagSpanEmpty"),
  /**
   * {@code @Trace} where there is no code to weave: a method without a body (abstract, native), or
   * an annotation type or its elements.
   */
  TRACE_NOT_WEAVABLE("TraceNotWeavable"),
  /** {@code @Trace(operationName = ...)} or {@code resourceName} set to only whitespace. */
  TRACE_NAME_BLANK("TraceNameBlank"),
  /**
   * A tag key that backends would reject or rewrite: empty, longer than 200 characters, not
   * starting with a letter, or with characters other than letters, digits and {@code _ - : . /}.
   */
  TAG_KEY_INVALID("TagKeyInvalid"),
  /** A warning: a tag key with upper-case letters, which Datadog lower-cases. */
  TAG_KEY_UPPER_CASE("TagKeyUpperCase"),
  /** A tag key that weftrace or the backend sets itself, such as {@code resource.name}. */
  TAG_KEY_RESERVED("TagKeyReserved"),
  /** Two tags of one span with the same key: the second would overwrite the first. */
  TAG_KEY_DUPLICATE("TagKeyDuplicate"),
  /**
   * A warning (an error under {@code -Aweftrace.strict=true}): a tag whose name or type looks like
   * a secret, which would be sent to the tracing backend in clear.
   */
  SENSITIVE_TAG("SensitiveTag"),
  /**
   * A warning: a traced method returns a value that completes later but is not a {@code
   * CompletionStage}, so its span ends too early.
   */
  ASYNC_RETURN_UNSUPPORTED("AsyncReturnUnsupported"),
  /** {@code @SpanTag} on a method that returns nothing: there is no value to tag. */
  SPAN_TAG_ON_VOID("SpanTagOnVoid"),
  /** A {@code @SpanTag} path names a property that the type does not have. */
  TAG_PATH_UNKNOWN("TagPathUnknown"),
  /** A {@code @SpanTag} path goes through a type or member the generated code cannot reach. */
  TAG_PATH_INACCESSIBLE("TagPathInaccessible"),
  /**
   * A {@code @SpanTag} path reads a property through a getter that a Lombok annotation promises,
   * but Lombok did not run in the compilation (typically not listed in {@code
   * annotationProcessorPaths}, which turns off javac's discovery of processors on the class path).
   */
  LOMBOK_NOT_RUN("LombokNotRun"),
  /** An exception of {@code ignoreExceptions} cannot be named where the generated code lives. */
  IGNORED_EXCEPTION_INACCESSIBLE("IgnoredExceptionInaccessible"),
  /** A static tag of {@code @Trace(tags = ...)} is not written {@code "key:value"}. */
  STATIC_TAG_MALFORMED("StaticTagMalformed"),
  /**
   * Two traced classes whose companions would have the same name: a nested {@code Outer.Inner} and
   * a top-level {@code Outer_Inner} in one package.
   */
  COMPANION_NAME_CLASH("CompanionNameClash"),
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
