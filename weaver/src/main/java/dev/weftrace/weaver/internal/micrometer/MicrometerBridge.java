package dev.weftrace.weaver.internal.micrometer;

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
 *
 * <p>Micrometer's API has no local root (Brave keeps only its id, {@code
 * TraceContext.localRootId()}, not the span): the local root is the outermost span weftrace sees on
 * the thread, such as the request span Spring's observation support made ({@link LocalRootRecord}).
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
  public TagSink currentSpan() {
    try {
      Span span = tracer.currentSpan();
      return span == null || span.isNoop() ? TagSink.NONE : new SpanSink(span);
    } catch (Throwable failure) {
      Failures.report("current span", failure);
      return TagSink.NONE;
    }
  }

  @Override
  public TagSink localRoot() {
    return LocalRootRecord.recorded() ? LocalRootRecord.current() : currentSpan();
  }

  @Override
  public SpanOpening open(MethodSpan method) {
    Span.Builder builder = tracer.spanBuilder().name(method.spanName());
    Span.Kind kind = KINDS[method.kind().ordinal()];
    if (kind != null) {
      builder.kind(kind);
    }
    BuilderTags opening = new BuilderTags(builder);
    StartTags.OPEN_TELEMETRY.describe(method, opening);
    return opening;
  }

  /** Starts what {@link #open} prepared: see {@link SpanOpening#start}. */
  private ActiveSpan start(MethodSpan method, BuilderTags opening) {
    Span.Builder builder = opening.builder;
    // The outermost span weftrace sees on the thread: the one current now, else this one (see
    // LocalRootRecord).
    boolean localRoot = method.noParent() || !LocalRootRecord.recorded();
    TagSink foreignRoot = localRoot && !method.noParent() ? currentSpan() : TagSink.NONE;
    Span span;
    if (method.noParent()) {
      // The builders take their parent when they start: none is current for that moment.
      try (Tracer.SpanInScope noCurrentSpan = tracer.withSpan(null)) {
        span = builder.start();
      }
    } else {
      span = builder.start();
    }
    MicrometerActiveSpan active;
    try {
      active = new MicrometerActiveSpan(span, tracer.withSpan(span));
    } catch (Throwable failure) {
      span.end(); // not in scope, so never ended by the advice
      throw failure;
    }
    if (localRoot) {
      active.root = LocalRootRecord.enter(foreignRoot != TagSink.NONE ? foreignRoot : active);
    }
    return active;
  }

  /** A span before it starts: its builder. */
  private final class BuilderTags extends BoundedTagSink implements SpanOpening {
    final Span.Builder builder;

    BuilderTags(Span.Builder builder) {
      this.builder = builder;
    }

    @Override
    public ActiveSpan start(MethodSpan method) {
      return MicrometerBridge.this.start(method, this);
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

  /** Tags on a span. */
  private static class SpanSink extends BoundedTagSink {
    final Span span;

    SpanSink(Span span) {
      this.span = span;
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

  /** The running span and its scope; takes result tags as span tags. */
  private static final class MicrometerActiveSpan extends SpanSink implements ActiveSpan {
    private final Tracer.SpanInScope scope;

    /** Set when this span is weftrace's record of the local root on this thread. */
    LocalRootRecord root;

    MicrometerActiveSpan(Span span, Tracer.SpanInScope scope) {
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
  }
}
