package dev.weftrace.weaver.internal.otel;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.BoundedTagSink;
import dev.weftrace.weaver.internal.Failures;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.SpanConventions;
import dev.weftrace.weaver.internal.TracerBridge;
import dev.weftrace.weaver.internal.slf4j.LogCorrelation;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Makes spans with the OpenTelemetry API (never the SDK: the application chooses that). Tags go on
 * the span builder, so samplers see them.
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
  private final SpanConventions conventions;
  private final LogCorrelation logs;

  public OpenTelemetryBridge(
      OpenTelemetrySource source, SpanConventions conventions, LogCorrelation logs) {
    this.source = source;
    this.conventions = conventions;
    this.logs = logs;
  }

  @Override
  public ActiveSpan start(MethodSpan method, Object[] args) {
    Tracer tracer = source.tracer();
    if (OpenTelemetrySource.isNoop(tracer)) {
      // The API without an SDK: nothing would be recorded, and the no-op span made current would
      // carry the caller's context unchanged. Skipping it all changes nothing anyone can observe.
      return ActiveSpan.NOOP;
    }
    SpanBuilder builder =
        tracer.spanBuilder(method.spanName()).setSpanKind(KINDS[method.kind().ordinal()]);
    if (method.noParent()) {
      builder.setNoParent();
    }
    conventions.putStartTags(method, args, new BuilderTags(builder));
    Context before = Context.current();
    Span span = builder.startSpan();
    Scope scope;
    try {
      scope = span.makeCurrent();
    } catch (Throwable failure) {
      // Not current, so never ended by the advice: end it here, and undo a half-made switch.
      ContextRepair.restore(before);
      endQuietly(span);
      throw failure;
    }
    if (logs == LogCorrelation.NONE) {
      return new OtelActiveSpan(span, scope, before);
    }
    LogCorrelation.Previous previousLogIds = null;
    try {
      previousLogIds = logs.enter(span.getSpanContext());
    } catch (Throwable failure) {
      // The scope is open: failing here would leak it into the caller's context.
      Failures.report("log correlation of " + method.spanName(), failure);
    }
    return new CorrelatedActiveSpan(span, scope, before, logs, previousLogIds);
  }

  private static void endQuietly(Span span) {
    try {
      span.end();
    } catch (Throwable ignored) {
      // Already failing: the caller reports it.
    }
  }

  private static final class BuilderTags extends BoundedTagSink {
    private final SpanBuilder builder;

    BuilderTags(SpanBuilder builder) {
      this.builder = builder;
    }

    @Override
    protected void putBoundedString(String key, String value) {
      builder.setAttribute(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      builder.setAttribute(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
      builder.setAttribute(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      builder.setAttribute(key, value);
    }
  }

  /**
   * The running span; takes result tags as attributes. Three fields and nothing else, since one is
   * made per call: 24 bytes with compressed references.
   */
  private static class OtelActiveSpan extends BoundedTagSink implements ActiveSpan {
    private final Span span;
    private final Scope scope;
    private final Context before;

    OtelActiveSpan(Span span, Scope scope, Context before) {
      this.span = span;
      this.scope = scope;
      this.before = before;
    }

    @Override
    public void closeScope() {
      try {
        scope.close();
      } finally {
        // Whatever happened to this scope or a nested one (a StackOverflowError deep in traced
        // recursion can leave no stack to close it with, a broken backend can throw from close,
        // and OpenTelemetry then ignores every outer close), the caller's context comes back.
        ContextRepair.restore(before);
        afterScope();
      }
    }

    /** Runs after the caller's context is back, even if closing the scope failed. */
    void afterScope() {}

    @Override
    protected void putBoundedString(String key, String value) {
      span.setAttribute(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      span.setAttribute(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
      span.setAttribute(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      span.setAttribute(key, value);
    }

    @Override
    public void finish(Throwable thrown, boolean error) {
      try {
        if (error) {
          // Status first: a later status without description would erase Datadog's error.message.
          String message = thrown.getMessage();
          if (message != null) {
            span.setStatus(StatusCode.ERROR, message);
          } else {
            span.setStatus(StatusCode.ERROR);
          }
        }
        if (thrown != null) {
          span.recordException(thrown);
        }
      } finally {
        span.end(); // even when recording failed: an unended span is lost
      }
    }
  }

  /** A running span whose ids are in the MDC ({@code weftrace.mdc=true}) until its scope closes. */
  private static final class CorrelatedActiveSpan extends OtelActiveSpan {
    private final LogCorrelation logs;
    private final LogCorrelation.Previous previousLogIds;

    CorrelatedActiveSpan(
        Span span,
        Scope scope,
        Context before,
        LogCorrelation logs,
        LogCorrelation.Previous previousLogIds) {
      super(span, scope, before);
      this.logs = logs;
      this.previousLogIds = previousLogIds;
    }

    @Override
    void afterScope() {
      logs.restore(previousLogIds);
    }
  }
}
