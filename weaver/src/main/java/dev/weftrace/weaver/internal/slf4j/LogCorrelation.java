package dev.weftrace.weaver.internal.slf4j;

import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * Puts the current trace and span ids into SLF4J's MDC while a traced method runs, so that log
 * lines carry them: {@value #TRACE_ID} and {@value #SPAN_ID} in OpenTelemetry's hex form, {@value
 * #DD_TRACE_ID} and {@value #DD_SPAN_ID} as Datadog writes them (the 128-bit trace id in hex, the
 * span id in decimal). Used only when asked for ({@code -Dweftrace.mdc=true}), SLF4J is on the
 * class path and no Datadog agent does the same; the previous values are put back when the method
 * returns. Not on by default: with Logback, the dozen MDC reads and writes per call cost about as
 * much as the span itself.
 */
public class LogCorrelation {

  static final String TRACE_ID = "trace_id";
  static final String SPAN_ID = "span_id";
  static final String DD_TRACE_ID = "dd.trace_id";
  static final String DD_SPAN_ID = "dd.span_id";

  /** Does nothing: no SLF4J, or an agent that correlates logs itself. */
  public static final LogCorrelation NONE = new LogCorrelation();

  /** What the MDC held before a traced method ran, to put back afterwards. */
  public static final class Previous {
    private final String traceId;
    private final String spanId;
    private final String ddTraceId;
    private final String ddSpanId;

    Previous(String traceId, String spanId, String ddTraceId, String ddSpanId) {
      this.traceId = traceId;
      this.spanId = spanId;
      this.ddTraceId = ddTraceId;
      this.ddSpanId = ddSpanId;
    }
  }

  private LogCorrelation() {}

  /** The MDC-backed correlation; call only when SLF4J is present. */
  public static LogCorrelation create() {
    return new Slf4jCorrelation();
  }

  /** Puts {@code context}'s ids in; returns what to {@link #restore}, or {@code null}. */
  public Previous enter(SpanContext context) {
    return null;
  }

  /** Puts back what {@link #enter} found. */
  public void restore(Previous previous) {}

  /** Loaded only when SLF4J is present, so that weftrace runs without it. */
  private static final class Slf4jCorrelation extends LogCorrelation {
    @Override
    public Previous enter(SpanContext context) {
      if (!context.isValid()) {
        return null;
      }
      Previous previous =
          new Previous(
              MDC.get(TRACE_ID), MDC.get(SPAN_ID), MDC.get(DD_TRACE_ID), MDC.get(DD_SPAN_ID));
      MDC.put(TRACE_ID, context.getTraceId());
      MDC.put(SPAN_ID, context.getSpanId());
      MDC.put(DD_TRACE_ID, context.getTraceId());
      MDC.put(DD_SPAN_ID, Long.toUnsignedString(Long.parseUnsignedLong(context.getSpanId(), 16)));
      return previous;
    }

    @Override
    public void restore(Previous previous) {
      if (previous == null) {
        return;
      }
      put(TRACE_ID, previous.traceId);
      put(SPAN_ID, previous.spanId);
      put(DD_TRACE_ID, previous.ddTraceId);
      put(DD_SPAN_ID, previous.ddSpanId);
    }

    private static void put(String key, String value) {
      if (value == null) {
        MDC.remove(key);
      } else {
        MDC.put(key, value);
      }
    }
  }
}
