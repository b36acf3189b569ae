package dev.weftrace.weaver.internal.otel;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.Failures;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.SpanOpening;
import dev.weftrace.weaver.internal.StartTags;
import dev.weftrace.weaver.internal.TagSink;
import dev.weftrace.weaver.internal.TracerBridge;
import dev.weftrace.weaver.internal.datadog.DatadogSpans;
import dev.weftrace.weaver.internal.slf4j.LogCorrelation;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * Makes spans with the OpenTelemetry API (never the SDK: the application chooses that). Tags go on
 * the span builder, so samplers see them.
 *
 * <p>The local root is the Datadog agent's under the agent's OpenTelemetry shim ({@link
 * DatadogSpans}); otherwise the one OpenTelemetry's instrumentation API keeps, for spans its
 * instrumenters made ({@link InstrumentationLocalRoot}), and failing that weftrace's own, kept in
 * the context ({@link LocalRoots}).
 */
public final class OpenTelemetryBridge implements TracerBridge {

  private static final SpanKind[] KINDS = new SpanKind[Trace.Kind.values().length];

  static {
    KINDS[Trace.Kind.INTERNAL.ordinal()] = SpanKind.INTERNAL;
    KINDS[Trace.Kind.SERVER.ordinal()] = SpanKind.SERVER;
    KINDS[Trace.Kind.CLIENT.ordinal()] = SpanKind.CLIENT;
    KINDS[Trace.Kind.PRODUCER.ordinal()] = SpanKind.PRODUCER;
    KINDS[Trace.Kind.CONSUMER.ordinal()] = SpanKind.CONSUMER;
  }

  private final OpenTelemetrySource source;
  private final StartTags startTags;
  private final LogCorrelation logs;
  private final boolean datadog;

  public OpenTelemetryBridge(OpenTelemetrySource source, StartTags startTags, LogCorrelation logs) {
    this.source = source;
    this.startTags = startTags;
    this.logs = logs;
    this.datadog = startTags.datadog();
  }

  @Override
  public TagSink currentSpan() {
    try {
      return SpanTagSink.ofCurrent(Span.current());
    } catch (Throwable failure) {
      Failures.report("current span", failure);
      return TagSink.NONE;
    }
  }

  @Override
  public TagSink localRoot() {
    try {
      if (datadog) {
        return DatadogSpans.localRootOfActiveSpan();
      }
      Context context = Context.current();
      Span instrumented = InstrumentationLocalRoot.of(context);
      return SpanTagSink.of(
          instrumented != null && LocalRoots.sameTrace(instrumented, Span.fromContext(context))
              ? instrumented
              : LocalRoots.of(context));
    } catch (Throwable failure) {
      Failures.report("local root", failure);
      return TagSink.NONE;
    }
  }

  @Override
  public SpanOpening open(MethodSpan method) {
    Tracer tracer = source.tracer();
    if (OpenTelemetrySource.isNoop(tracer)) {
      // The API without an SDK: nothing would be recorded, and the no-op span made current would
      // carry the caller's context unchanged. Skipping it all changes nothing anyone can observe.
      return SpanOpening.NONE;
    }
    SpanBuilder builder =
        tracer.spanBuilder(method.spanName()).setSpanKind(KINDS[method.kind().ordinal()]);
    if (method.noParent()) {
      builder.setNoParent();
    }
    // Under Datadog the agent knows the local root; elsewhere weftrace records its own.
    OtelActiveSpan call =
        logs == LogCorrelation.NONE
            ? new OtelActiveSpan(builder, !datadog)
            : new CorrelatedActiveSpan(builder, !datadog, logs);
    startTags.describe(method, call);
    return call;
  }
}
