package dev.weftrace.weaver.internal.micrometer;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.BoundedTagSink;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.StartTags;
import dev.weftrace.weaver.internal.TracerBridge;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.Objects;

/**
 * Makes spans with Micrometer Tracing's {@link Tracer}, which covers every Micrometer bridge
 * (Brave, OpenTelemetry, Wavefront...). Follows the OpenTelemetry bridge's conventions: the span
 * name, {@code resource.name}/{@code service.name}/{@code span.type} attributes when set, tags on
 * the builder before the span starts, the error (Micrometer's {@code error}) for exceptions that
 * are not expected, and an {@code exception} event with {@code exception.type} and {@code
 * exception.message} tags for those that are.
 *
 * <p>Micrometer has no internal kind: {@code INTERNAL} spans get no kind, as Brave's local spans.
 * {@code noParent} spans are started with the current span cleared for the moment ({@code
 * withSpan(null)}), since Brave ignores {@code Span.Builder.setNoParent()}.
 */
final class MicrometerBridge implements TracerBridge {

  /**
   * Tags of an exception the method expects, which Micrometer would otherwise only log as error.
   */
  static final String EXCEPTION_EVENT = "exception";

  static final String EXCEPTION_TYPE = "exception.type";
  static final String EXCEPTION_MESSAGE = "exception.message";

  private static final Span.Kind[] KINDS = new Span.Kind[Trace.Kind.values().length];

  static {
    KINDS[Trace.Kind.SERVER.ordinal()] = Span.Kind.SERVER;
    KINDS[Trace.Kind.CLIENT.ordinal()] = Span.Kind.CLIENT;
    KINDS[Trace.Kind.PRODUCER.ordinal()] = Span.Kind.PRODUCER;
    KINDS[Trace.Kind.CONSUMER.ordinal()] = Span.Kind.CONSUMER;
  }

  private final Tracer tracer;

  MicrometerBridge(Tracer tracer) {
    this.tracer = Objects.requireNonNull(tracer, "tracer");
  }

  @Override
  public ActiveSpan start(MethodSpan method, Object[] args) {
    Span span;
    if (method.noParent()) {
      try (Tracer.SpanInScope noCurrentSpan = tracer.withSpan(null)) {
        span = startSpan(method, args);
      }
    } else {
      span = startSpan(method, args);
    }
    try {
      return new MicrometerActiveSpan(span, tracer.withSpan(span));
    } catch (Throwable failure) {
      span.end(); // not in scope, so never ended by the advice
      throw failure;
    }
  }

  private Span startSpan(MethodSpan method, Object[] args) {
    Span.Builder builder = tracer.spanBuilder().name(method.spanName());
    Span.Kind kind = KINDS[method.kind().ordinal()];
    if (kind != null) {
      builder.kind(kind);
    }
    StartTags.OPEN_TELEMETRY.write(method, args, new BuilderTags(builder));
    return builder.start();
  }

  private static final class BuilderTags extends BoundedTagSink {
    private final Span.Builder builder;

    BuilderTags(Span.Builder builder) {
      this.builder = builder;
    }

    @Override
    protected void putBoundedString(String key, String value) {
      builder.tag(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      builder.tag(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
      builder.tag(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      builder.tag(key, value);
    }
  }

  /** The running span and its scope; takes result tags as span tags. */
  private static final class MicrometerActiveSpan extends BoundedTagSink implements ActiveSpan {
    private final Span span;
    private final Tracer.SpanInScope scope;

    MicrometerActiveSpan(Span span, Tracer.SpanInScope scope) {
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
        if (error) {
          span.error(thrown);
        } else if (thrown != null) {
          span.tag(EXCEPTION_TYPE, thrown.getClass().getName());
          if (thrown.getMessage() != null) {
            putString(EXCEPTION_MESSAGE, thrown.getMessage());
          }
          span.event(EXCEPTION_EVENT);
        }
      } finally {
        span.end(); // even when recording failed: an unended span is lost
      }
    }

    @Override
    protected void putBoundedString(String key, String value) {
      span.tag(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      span.tag(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
      span.tag(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      span.tag(key, value);
    }
  }
}
