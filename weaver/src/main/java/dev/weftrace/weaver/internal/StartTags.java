package dev.weftrace.weaver.internal;

/**
 * Writes what a span carries from its start, the same way in every bridge: the attributes that
 * describe the method under one set of {@link SpanConventions}, the annotation's static tags, and
 * the tags bound from the call's arguments. Bridges call {@link #describe} on their span builder,
 * so that samplers see the tags.
 */
public final class StartTags {

  /**
   * Plain OpenTelemetry, OpenTracing without Datadog, Micrometer: only what the annotation sets.
   */
  public static final StartTags OPEN_TELEMETRY = new StartTags(SpanConventions.OPEN_TELEMETRY);

  /** The Datadog agent's OpenTelemetry shim; see {@link SpanConventions#DATADOG}. */
  static final StartTags DATADOG = new StartTags(SpanConventions.DATADOG);

  /** The Datadog agent's OpenTracing tracer; see {@link SpanConventions#DATADOG_OPENTRACING}. */
  public static final StartTags DATADOG_OPENTRACING =
      new StartTags(SpanConventions.DATADOG_OPENTRACING);

  private final SpanConventions conventions;

  private StartTags(SpanConventions conventions) {
    this.conventions = conventions;
  }

  /** Whether these are Datadog's conventions: spans go to the Datadog agent. */
  public boolean datadog() {
    return conventions != SpanConventions.OPEN_TELEMETRY;
  }

  /**
   * Writes what a span of {@code method} carries from its start whatever the call: the attributes
   * that describe the method and its static tags. Never throws: a tracer that does costs the tags,
   * not the span.
   */
  public void describe(MethodSpan method, TagSink sink) {
    try {
      conventions.describe(method, sink);
      method.putStaticTags(sink);
    } catch (Throwable failure) {
      Failures.report("tags of " + method.spanName(), failure);
    }
  }

  /**
   * Writes the tags bound from {@code args}, the call's arguments. Never throws: a tag whose getter
   * or {@code toString} throws (or a tracer that does) costs the tags, not the span.
   */
  static void bindArguments(MethodSpan method, Object[] args, TagSink sink) {
    try {
      method.tags().bind(args, sink);
    } catch (Throwable failure) {
      Failures.report("tags of " + method.spanName(), failure);
    }
  }
}
