package dev.weftrace.weaver.internal;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.async.AsyncEnd;
import dev.weftrace.weaver.internal.async.AsyncEnds;
import java.util.Objects;

/**
 * Everything about one woven method that is known before it runs: for a {@code @Trace} method, the
 * span's names, kind and flags; for a {@code @TagSpan} method, that it {@link #tagsCurrentSpan()
 * tags the current span} instead; and for both the code that reads its tags from the arguments and
 * the result, for its own (or the current) span and for the trace's local root.
 *
 * <p>Built once per method, normally by the companion class that {@code weftrace-processor}
 * generates; never per call.
 */
public final class MethodSpan {

  private final String spanName;
  private final String methodName;
  private final String resourceName;
  private final String service;
  private final String spanType;
  private final Trace.Kind kind;
  private final boolean measured;
  private final boolean noParent;
  private final AsyncEnd asyncEnd;
  private final boolean tagsCurrentSpan;
  private final TagBinder tags;
  private final TagBinder localRootTags;
  private final ResultTagBinder localRootResultTags;
  private final String[] staticTags;
  private final ResultTagBinder resultTags;
  private final Class<?>[] ignoredExceptions;

  /**
   * Stands for a method that the pointcut matched but that is not traced: a record accessor or enum
   * {@code values()} in a class-level {@code @Trace} type. Its calls run untouched.
   */
  public static final MethodSpan UNTRACED = new Builder("(untraced)").build();

  private MethodSpan(Builder builder) {
    this.spanName = builder.spanName;
    this.methodName = builder.methodName != null ? builder.methodName : builder.spanName;
    this.resourceName = builder.resourceName;
    this.service = builder.service;
    this.spanType = builder.spanType;
    this.kind = builder.kind;
    this.measured = builder.measured;
    this.noParent = builder.noParent;
    this.asyncEnd = builder.asyncEnd;
    this.tagsCurrentSpan = builder.tagsCurrentSpan;
    this.tags = builder.tags;
    this.localRootTags = builder.localRootTags;
    this.localRootResultTags = builder.localRootResultTags;
    this.staticTags = builder.staticTags;
    this.resultTags = builder.resultTags;
    this.ignoredExceptions = builder.ignoredExceptions;
  }

  /** Starts a description of a method whose spans are named {@code spanName}. */
  public static Builder builder(String spanName) {
    return new Builder(spanName);
  }

  /** The span name: the operation name, or {@code SimpleClassName.methodName}. */
  public String spanName() {
    return spanName;
  }

  /**
   * {@code SimpleClassName.methodName}, whatever the operation name: Datadog's default resource.
   */
  public String methodName() {
    return methodName;
  }

  /** The service, or {@code null} for the tracer's own. */
  public String service() {
    return service;
  }

  /** The span type, or {@code null} for none. */
  public String spanType() {
    return spanType;
  }

  /** The resource name, or {@code null} if the annotation sets none. */
  public String resourceName() {
    return resourceName;
  }

  /** The span kind. */
  public Trace.Kind kind() {
    return kind;
  }

  /** Whether backends should compute trace metrics for this span. */
  public boolean measured() {
    return measured;
  }

  /** Whether the span starts a new trace instead of joining the current one. */
  public boolean noParent() {
    return noParent;
  }

  /**
   * Whether the method's declared return type is an async type weftrace follows (a {@link
   * java.util.concurrent.CompletionStage}, a Reactor {@code Mono}, ...), whose span ends when the
   * result completes rather than when the method returns.
   */
  public boolean completesLater() {
    return asyncEnd != null;
  }

  /** How the span ends when the result completes; {@code null} if it ends when the method does. */
  AsyncEnd asyncEnd() {
    return asyncEnd;
  }

  /**
   * Whether the method is a {@code @TagSpan} method: it makes no span, and its tags go to the span
   * current at the call. The span settings (names, kind, flags) then mean nothing; the span name is
   * {@code SimpleClassName.methodName}, for messages.
   */
  public boolean tagsCurrentSpan() {
    return tagsCurrentSpan;
  }

  /** Reads the tags of one call from its arguments. */
  public TagBinder tags() {
    return tags;
  }

  /**
   * Reads the {@code @SpanTag(localRoot = true)} tags of one call from its arguments, for the local
   * root span; {@link TagBinder#NONE} if there are none.
   */
  public TagBinder localRootTags() {
    return localRootTags;
  }

  /**
   * Reads the {@code @SpanTag(localRoot = true)} tags of the result, for the local root span;
   * {@code null} if there are none.
   */
  public ResultTagBinder localRootResultTags() {
    return localRootResultTags;
  }

  /** Whether any tag goes to the local root, from the arguments or the result. */
  public boolean tagsLocalRoot() {
    return localRootTags != TagBinder.NONE || localRootResultTags != null;
  }

  /** Whether any tag reads the result, for this method's span or for the local root. */
  public boolean tagsResult() {
    return resultTags != null || localRootResultTags != null;
  }

  /**
   * Whether {@code thrown} is one of the exceptions the annotation lists as expected: recorded, but
   * not an error.
   */
  public boolean ignores(Throwable thrown) {
    for (Class<?> type : ignoredExceptions) {
      if (type.isInstance(thrown)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this method is traced at all; see {@link #UNTRACED}. */
  public boolean traced() {
    return this != UNTRACED;
  }

  /** Writes the tags whose values are fixed in the annotation. */
  public void putStaticTags(TagSink sink) {
    for (int i = 0; i < staticTags.length; i += 2) {
      sink.putString(staticTags[i], staticTags[i + 1]);
    }
  }

  /** Reads tags from the returned (or, for a stage, completed) value; {@code null} if none. */
  public ResultTagBinder resultTags() {
    return resultTags;
  }

  @Override
  public String toString() {
    return "MethodSpan[" + spanName + "]";
  }

  /** Builds a {@link MethodSpan}; every setting but the name has the annotation's default. */
  public static final class Builder {
    private final String spanName;
    private String methodName;
    private String resourceName;
    private String service;
    private String spanType;
    private Trace.Kind kind = Trace.Kind.INTERNAL;
    private boolean measured;
    private boolean noParent;
    private AsyncEnd asyncEnd;
    private boolean tagsCurrentSpan;
    private TagBinder tags = TagBinder.NONE;
    private TagBinder localRootTags = TagBinder.NONE;
    private ResultTagBinder localRootResultTags;
    private String[] staticTags = new String[0];
    private ResultTagBinder resultTags;
    private Class<?>[] ignoredExceptions = new Class<?>[0];

    private Builder(String spanName) {
      this.spanName = Objects.requireNonNull(spanName, "spanName");
    }

    /**
     * Sets {@code SimpleClassName.methodName} when the span name is an explicit operation name; by
     * default it is the span name.
     */
    public Builder methodName(String methodName) {
      this.methodName = methodName;
      return this;
    }

    /** Sets the service; {@code null} or empty means the tracer's own. */
    public Builder service(String service) {
      this.service = service == null || service.isEmpty() ? null : service;
      return this;
    }

    /** Sets the span type; {@code null} or empty means none. */
    public Builder spanType(String spanType) {
      this.spanType = spanType == null || spanType.isEmpty() ? null : spanType;
      return this;
    }

    /** Sets the resource name; {@code null} or empty means none. */
    public Builder resourceName(String resourceName) {
      this.resourceName = resourceName == null || resourceName.isEmpty() ? null : resourceName;
      return this;
    }

    /** Sets the span kind. */
    public Builder kind(Trace.Kind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** Marks the span as measured. */
    public Builder measured(boolean measured) {
      this.measured = measured;
      return this;
    }

    /** Makes the span the root of a new trace. */
    public Builder noParent(boolean noParent) {
      this.noParent = noParent;
      return this;
    }

    /**
     * Says which async type the method returns: the type weftrace follows, such as {@code
     * CompletionStage.class} for any stage or {@code Mono.class}, or simply the declared return
     * type. The span then ends when the result completes, if weftrace follows that type (see {@link
     * AsyncEnds}) and its library is on the class path; otherwise when the method returns.
     */
    public Builder asyncResult(Class<?> type) {
      this.asyncEnd = AsyncEnds.forDeclaredType(Objects.requireNonNull(type, "type"));
      return this;
    }

    /** Says that the method is a {@code @TagSpan} method: it tags the current span. */
    public Builder tagsCurrentSpan(boolean tagsCurrentSpan) {
      this.tagsCurrentSpan = tagsCurrentSpan;
      return this;
    }

    /** Sets the code that reads tags from the arguments. */
    public Builder tags(TagBinder tags) {
      this.tags = Objects.requireNonNull(tags, "tags");
      return this;
    }

    /** Sets the code that reads the local root's tags from the arguments. */
    public Builder localRootTags(TagBinder localRootTags) {
      this.localRootTags = Objects.requireNonNull(localRootTags, "localRootTags");
      return this;
    }

    /** Sets the code that reads the local root's tags from the result. */
    public Builder localRootResultTags(ResultTagBinder localRootResultTags) {
      this.localRootResultTags = Objects.requireNonNull(localRootResultTags, "localRootResultTags");
      return this;
    }

    /** Sets the fixed tags, as alternating keys and values. */
    public Builder staticTags(String... keysAndValues) {
      if (keysAndValues.length % 2 != 0) {
        throw new IllegalArgumentException("static tags come as key, value pairs");
      }
      this.staticTags = keysAndValues.clone();
      return this;
    }

    /** Sets the exceptions that are recorded but do not mark the span as an error. */
    @SafeVarargs
    public final Builder ignoreExceptions(Class<? extends Throwable>... types) {
      this.ignoredExceptions = types.clone();
      return this;
    }

    /** Sets the code that reads tags from the result. */
    public Builder resultTags(ResultTagBinder resultTags) {
      this.resultTags = Objects.requireNonNull(resultTags, "resultTags");
      return this;
    }

    /** Returns the description. */
    public MethodSpan build() {
      return new MethodSpan(this);
    }
  }
}
