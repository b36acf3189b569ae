package dev.weftrace.weaver.internal.datadog;

import datadog.trace.api.interceptor.MutableSpan;
import dev.weftrace.weaver.internal.BoundedTagSink;
import dev.weftrace.weaver.internal.TagSink;
import java.lang.reflect.Method;

/**
 * The Datadog agent's local root: {@link MutableSpan#getLocalRootSpan()}, the first span of the
 * trace in this process (the agent's server span of an incoming request, whichever API or
 * instrumentation made it). Loaded only under the agent, which puts its copy of dd-trace-api on the
 * bootstrap path; not public API.
 */
public final class DatadogSpans {

  /** The agent tracer's {@code activeSpan()}, looked up once per tracer class. */
  private static volatile ActiveSpanMethod activeSpan;

  private DatadogSpans() {}

  /**
   * The local root of {@code span}, if it is one of the agent's (its OpenTracing spans are {@link
   * MutableSpan}s, as Datadog documents); {@link TagSink#NONE} otherwise or once the root has
   * ended.
   */
  public static TagSink localRootOf(Object span) {
    if (!(span instanceof MutableSpan)) {
      return TagSink.NONE;
    }
    MutableSpan root = ((MutableSpan) span).getLocalRootSpan();
    // The agent's spans have a duration from their end on.
    return root == null || root.getDurationNano() != 0 ? TagSink.NONE : new MutableSpanTags(root);
  }

  /**
   * The local root of the agent's active span, for APIs whose spans do not expose it (the agent's
   * OpenTelemetry shim): the agent's tracer ({@code datadog.trace.api.GlobalTracer.get()}) answers
   * {@code activeSpan()} with its own span, which is a {@link MutableSpan}.
   */
  public static TagSink localRootOfActiveSpan() throws ReflectiveOperationException {
    Object tracer = datadog.trace.api.GlobalTracer.get();
    ActiveSpanMethod lookup = activeSpan;
    if (lookup == null || lookup.tracerClass() != tracer.getClass()) {
      lookup = new ActiveSpanMethod(tracer.getClass(), tracer.getClass().getMethod("activeSpan"));
      activeSpan = lookup;
    }
    return localRootOf(lookup.method().invoke(tracer));
  }

  private record ActiveSpanMethod(Class<?> tracerClass, Method method) {}

  /** Tags on one of the agent's spans; numbers become metrics, as through the agent's APIs. */
  private static final class MutableSpanTags extends BoundedTagSink {
    private final MutableSpan span;

    MutableSpanTags(MutableSpan span) {
      this.span = span;
    }

    @Override
    protected void putBoundedString(String key, String value) {
      span.setTag(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      span.setTag(key, (Number) value);
    }

    @Override
    public void putDouble(String key, double value) {
      span.setTag(key, (Number) value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      span.setTag(key, value);
    }
  }
}
