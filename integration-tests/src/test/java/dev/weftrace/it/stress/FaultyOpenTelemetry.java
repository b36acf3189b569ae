package dev.weftrace.it.stress;

import dev.weftrace.it.stress.Faults.Operation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import java.util.concurrent.TimeUnit;

/**
 * An {@link OpenTelemetry} around a real one whose tracer provider, tracer, span builder, span and
 * scope fail at random, as {@link Faults} decides: each operation either throws an {@link
 * Faults.InjectedFault} <em>instead of</em> doing its work, or delegates. So a failed {@code
 * startSpan} starts nothing, a failed {@code end} leaves the span open, a failed {@code
 * makeCurrent} changes no context and a failed {@code Scope.close} leaves the span's context
 * current, which is the worst a backend can do to the caller.
 */
final class FaultyOpenTelemetry implements OpenTelemetry {

  private final OpenTelemetry delegate;
  private final Faults faults;
  private final TracerProvider tracerProvider = new FaultyTracerProvider();

  FaultyOpenTelemetry(OpenTelemetry delegate, Faults faults) {
    this.delegate = delegate;
    this.faults = faults;
  }

  @Override
  public TracerProvider getTracerProvider() {
    return tracerProvider;
  }

  @Override
  public ContextPropagators getPropagators() {
    return delegate.getPropagators();
  }

  private final class FaultyTracerProvider implements TracerProvider {
    @Override
    public Tracer get(String name) {
      faults.maybeFail(Operation.GET_TRACER);
      return new FaultyTracer(delegate.getTracerProvider().get(name));
    }

    @Override
    public Tracer get(String name, String version) {
      faults.maybeFail(Operation.GET_TRACER);
      return new FaultyTracer(delegate.getTracerProvider().get(name, version));
    }
  }

  private final class FaultyTracer implements Tracer {
    private final Tracer tracer;

    FaultyTracer(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    public SpanBuilder spanBuilder(String spanName) {
      faults.maybeFail(Operation.SPAN_BUILDER);
      return new FaultySpanBuilder(tracer.spanBuilder(spanName));
    }
  }

  private final class FaultySpanBuilder implements SpanBuilder {
    private final SpanBuilder builder;

    FaultySpanBuilder(SpanBuilder builder) {
      this.builder = builder;
    }

    private SpanBuilder set() {
      faults.maybeFail(Operation.BUILDER_SETTER);
      return this;
    }

    @Override
    public SpanBuilder setParent(Context context) {
      set();
      builder.setParent(context);
      return this;
    }

    @Override
    public SpanBuilder setNoParent() {
      set();
      builder.setNoParent();
      return this;
    }

    @Override
    public SpanBuilder addLink(SpanContext spanContext) {
      set();
      builder.addLink(spanContext);
      return this;
    }

    @Override
    public SpanBuilder addLink(SpanContext spanContext, Attributes attributes) {
      set();
      builder.addLink(spanContext, attributes);
      return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, String value) {
      set();
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, long value) {
      set();
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, double value) {
      set();
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, boolean value) {
      set();
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public <T> SpanBuilder setAttribute(AttributeKey<T> key, T value) {
      set();
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public SpanBuilder setSpanKind(SpanKind spanKind) {
      set();
      builder.setSpanKind(spanKind);
      return this;
    }

    @Override
    public SpanBuilder setStartTimestamp(long startTimestamp, TimeUnit unit) {
      set();
      builder.setStartTimestamp(startTimestamp, unit);
      return this;
    }

    @Override
    public Span startSpan() {
      faults.maybeFail(Operation.START_SPAN);
      return new FaultySpan(builder.startSpan());
    }
  }

  private final class FaultySpan implements Span {
    private final Span span;

    FaultySpan(Span span) {
      this.span = span;
    }

    @Override
    public <T> Span setAttribute(AttributeKey<T> key, T value) {
      faults.maybeFail(Operation.SET_ATTRIBUTE);
      span.setAttribute(key, value);
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes) {
      faults.maybeFail(Operation.ADD_EVENT);
      span.addEvent(name, attributes);
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
      faults.maybeFail(Operation.ADD_EVENT);
      span.addEvent(name, attributes, timestamp, unit);
      return this;
    }

    @Override
    public Span setStatus(StatusCode statusCode, String description) {
      faults.maybeFail(Operation.SET_STATUS);
      span.setStatus(statusCode, description);
      return this;
    }

    @Override
    public Span recordException(Throwable exception, Attributes additionalAttributes) {
      faults.maybeFail(Operation.RECORD_EXCEPTION);
      span.recordException(exception, additionalAttributes);
      return this;
    }

    @Override
    public Span updateName(String name) {
      faults.maybeFail(Operation.UPDATE_NAME);
      span.updateName(name);
      return this;
    }

    @Override
    public void end() {
      faults.maybeFail(Operation.END);
      span.end();
    }

    @Override
    public void end(long timestamp, TimeUnit unit) {
      faults.maybeFail(Operation.END);
      span.end(timestamp, unit);
    }

    @Override
    public SpanContext getSpanContext() {
      faults.maybeFail(Operation.SPAN_CONTEXT);
      return span.getSpanContext();
    }

    @Override
    public boolean isRecording() {
      return span.isRecording();
    }

    /** This wrapper, not the SDK's span, goes into the context: children see it as parent. */
    @Override
    public Scope makeCurrent() {
      faults.maybeFail(Operation.MAKE_CURRENT);
      return new FaultyScope(Context.current().with(this).makeCurrent());
    }
  }

  private final class FaultyScope implements Scope {
    private final Scope scope;

    FaultyScope(Scope scope) {
      this.scope = scope;
    }

    @Override
    public void close() {
      faults.maybeFail(Operation.SCOPE_CLOSE);
      scope.close();
    }
  }
}
