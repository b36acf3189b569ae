package dev.weftrace.weaver.internal.opentracing;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.BoundedTagSink;
import dev.weftrace.weaver.internal.Failures;
import dev.weftrace.weaver.internal.LocalRootRecord;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.SpanOpening;
import dev.weftrace.weaver.internal.StartTags;
import dev.weftrace.weaver.internal.TagSink;
import dev.weftrace.weaver.internal.TracerBridge;
import dev.weftrace.weaver.internal.datadog.DatadogSpans;
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
 *
 * <p>OpenTracing has no notion of a local root. Under the Datadog agent its spans are Datadog's
 * {@code MutableSpan}s, which know theirs ({@link DatadogSpans}); elsewhere weftrace records the
 * outermost span it sees on the thread ({@link LocalRootRecord}).
 */
public final class OpenTracingBridge implements TracerBridge {

  private final StartTags startTags;
  private final boolean datadog;

  public OpenTracingBridge(StartTags startTags) {
    this.startTags = startTags;
    this.datadog = startTags.datadog();
  }

  @Override
  public TagSink currentSpan() {
    try {
      Span active = GlobalTracer.get().activeSpan();
      return active == null ? TagSink.NONE : new SpanSink(active);
    } catch (Throwable failure) {
      Failures.report("current span", failure);
      return TagSink.NONE;
    }
  }

  @Override
  public TagSink localRoot() {
    try {
      return datadog
          ? DatadogSpans.localRootOf(GlobalTracer.get().activeSpan())
          : LocalRootRecord.recorded() ? LocalRootRecord.current() : currentSpan();
    } catch (Throwable failure) {
      Failures.report("local root", failure);
      return TagSink.NONE;
    }
  }

  @Override
  public SpanOpening open(MethodSpan method) {
    Tracer tracer = GlobalTracer.get();
    Tracer.SpanBuilder builder = tracer.buildSpan(method.spanName());
    if (method.noParent()) {
      builder.ignoreActiveSpan();
    }
    if (method.kind() != Trace.Kind.INTERNAL) {
      builder.withTag(Tags.SPAN_KIND.getKey(), kind(method.kind()));
    }
    BuilderTags opening = new BuilderTags(tracer, builder);
    startTags.describe(method, opening);
    return opening;
  }

  /** Starts what {@link #open} prepared: see {@link SpanOpening#start}. */
  private ActiveSpan start(MethodSpan method, BuilderTags built) {
    // The outermost span weftrace sees on the thread: the one active now, else this one (see
    // LocalRootRecord).
    boolean localRoot = !datadog && (method.noParent() || !LocalRootRecord.recorded());
    TagSink foreignRoot = localRoot && !method.noParent() ? currentSpan() : TagSink.NONE;
    Span span = built.builder.start();
    OtActiveSpan active;
    try {
      active = new OtActiveSpan(span, built.tracer.activateSpan(span));
    } catch (Throwable failure) {
      span.finish(); // not active, so never finished by the advice
      throw failure;
    }
    if (localRoot) {
      active.root = LocalRootRecord.enter(foreignRoot != TagSink.NONE ? foreignRoot : active);
    }
    return active;
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

  /** A span before it starts: its builder, and the tracer that will make it active. */
  private final class BuilderTags extends BoundedTagSink implements SpanOpening {
    final Tracer tracer;
    final Tracer.SpanBuilder builder;

    BuilderTags(Tracer tracer, Tracer.SpanBuilder builder) {
      this.tracer = tracer;
      this.builder = builder;
    }

    @Override
    public ActiveSpan start(MethodSpan method) {
      return OpenTracingBridge.this.start(method, this);
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

  /** Tags on a span. */
  private static class SpanSink extends BoundedTagSink {
    final Span span;

    SpanSink(Span span) {
      this.span = span;
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

  /** The running span; takes result tags as span tags. */
  private static final class OtActiveSpan extends SpanSink implements ActiveSpan {
    private final Scope scope;

    /** Set when this span is weftrace's record of the local root on this thread. */
    LocalRootRecord root;

    OtActiveSpan(Span span, Scope scope) {
      super(span);
      this.scope = scope;
    }

    @Override
    public void closeScope() {
      try {
        scope.close();
      } finally {
        if (root != null) {
          root.exit();
        }
      }
    }

    @Override
    public void finish(Throwable thrown, boolean error) {
      if (root != null) {
        root.spanEnded(this);
      }
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
  }
}
