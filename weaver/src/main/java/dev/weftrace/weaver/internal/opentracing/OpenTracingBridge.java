package dev.weftrace.weaver.internal.opentracing;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.BoundedTagSink;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.StartTags;
import dev.weftrace.weaver.internal.TracerBridge;
import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;
import io.opentracing.log.Fields;
import io.opentracing.tag.Tags;
import io.opentracing.util.GlobalTracer;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes spans with the OpenTracing API, on {@link GlobalTracer}: the tracer the Datadog agent
 * registers by itself when its OpenTelemetry support is off. Loaded only when chosen, so that
 * OpenTracing is an optional dependency.
 */
public final class OpenTracingBridge implements TracerBridge {

  private final StartTags startTags;

  public OpenTracingBridge(StartTags startTags) {
    this.startTags = startTags;
  }

  @Override
  public ActiveSpan start(MethodSpan method, Object[] args) {
    Tracer tracer = GlobalTracer.get();
    Tracer.SpanBuilder builder = tracer.buildSpan(method.spanName());
    if (method.noParent()) {
      builder.ignoreActiveSpan();
    }
    if (method.kind() != Trace.Kind.INTERNAL) {
      builder.withTag(Tags.SPAN_KIND.getKey(), kind(method.kind()));
    }
    startTags.write(method, args, new BuilderTags(builder));
    Span span = builder.start();
    try {
      return new OtActiveSpan(span, tracer.activateSpan(span));
    } catch (Throwable failure) {
      span.finish(); // not active, so never finished by the advice
      throw failure;
    }
  }

  private static String kind(Trace.Kind kind) {
    switch (kind) {
      case SERVER:
        return Tags.SPAN_KIND_SERVER;
      case CLIENT:
        return Tags.SPAN_KIND_CLIENT;
      case PRODUCER:
        return Tags.SPAN_KIND_PRODUCER;
      case CONSUMER:
        return Tags.SPAN_KIND_CONSUMER;
      default:
        return "internal";
    }
  }

  private static final class BuilderTags extends BoundedTagSink {
    private final Tracer.SpanBuilder builder;

    BuilderTags(Tracer.SpanBuilder builder) {
      this.builder = builder;
    }

    @Override
    protected void putBoundedString(String key, String value) {
      builder.withTag(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      builder.withTag(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
      builder.withTag(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      builder.withTag(key, value);
    }
  }

  /** The running span; takes result tags as span tags. */
  private static final class OtActiveSpan extends BoundedTagSink implements ActiveSpan {
    private final Span span;
    private final Scope scope;

    OtActiveSpan(Span span, Scope scope) {
      this.span = span;
      this.scope = scope;
    }

    @Override
    public void closeScope() {
      scope.close();
    }

    @Override
    public void finish(Throwable thrown, boolean error) {
      try {
        if (thrown != null) {
          if (error) {
            Tags.ERROR.set(span, true);
          }
          Map<String, Object> fields = new HashMap<>();
          fields.put(Fields.EVENT, error ? "error" : "exception");
          fields.put(Fields.ERROR_OBJECT, thrown);
          if (thrown.getMessage() != null) {
            fields.put(Fields.MESSAGE, thrown.getMessage());
          }
          span.log(fields);
        }
      } finally {
        span.finish();
      }
    }

    @Override
    protected void putBoundedString(String key, String value) {
      span.setTag(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      span.setTag(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
      span.setTag(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      span.setTag(key, value);
    }
  }
}
