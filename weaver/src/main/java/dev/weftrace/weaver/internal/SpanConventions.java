package dev.weftrace.weaver.internal;

/**
 * The span vocabulary weftrace writes, in one place: which attribute carries what, per backend.
 *
 * <p>Datadog reads a few attributes (tags) itself: {@code operation.name} becomes the operation
 * name, {@code resource.name} the resource, {@code service.name} the service, {@code span.type} the
 * type, and {@value #MEASURED} = 1 marks a span for trace metrics (any other value stays a plain
 * tag, so it is only ever sent as 1). Checked on the wire against the real agent (see the {@code
 * e2e} module). Under Datadog, every span gets an operation name and a resource ({@code
 * SimpleClassName.methodName} when the annotation sets none), as the agent's own {@code @Trace}
 * would. Elsewhere only what the annotation sets is written.
 */
enum SpanConventions {
  /** Plain OpenTelemetry (and OpenTracing without Datadog). */
  OPEN_TELEMETRY(false, false),
  /**
   * The Datadog agent's OpenTelemetry shim: the operation name travels as attribute {@value
   * #OPERATION_NAME} (which the agent lower-cases), since the span name becomes the resource.
   */
  DATADOG(true, true),
  /**
   * The Datadog agent's OpenTracing tracer: the operation name is the name given to {@code
   * buildSpan}, and the agent keeps an {@value #OPERATION_NAME} tag as a plain tag, so none is
   * sent.
   */
  DATADOG_OPENTRACING(true, false);

  static final String OPERATION_NAME = "operation.name";
  static final String RESOURCE_NAME = "resource.name";
  static final String SERVICE_NAME = "service.name";
  static final String SPAN_TYPE = "span.type";
  static final String MEASURED = "_dd.measured";

  /** Set to {@code true} on the span of a {@code CompletionStage} that was cancelled. */
  static final String CANCELLED = "cancelled";

  private final boolean datadog;
  private final boolean operationNameAttribute;

  SpanConventions(boolean datadog, boolean operationNameAttribute) {
    this.datadog = datadog;
    this.operationNameAttribute = operationNameAttribute;
  }

  /** Writes the attributes that describe {@code method} (not its tags) to {@code sink}. */
  void describe(MethodSpan method, TagSink sink) {
    if (datadog) {
      if (operationNameAttribute) {
        sink.putString(OPERATION_NAME, method.spanName());
      }
      sink.putString(
          RESOURCE_NAME,
          method.resourceName() != null ? method.resourceName() : method.methodName());
      if (method.measured()) {
        sink.putLong(MEASURED, 1);
      }
    } else if (method.resourceName() != null) {
      sink.putString(RESOURCE_NAME, method.resourceName());
    }
    if (method.service() != null) {
      sink.putString(SERVICE_NAME, method.service());
    }
    if (method.spanType() != null) {
      sink.putString(SPAN_TYPE, method.spanType());
    }
  }
}
