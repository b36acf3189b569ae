package dev.weftrace.weaver.internal.otel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.StartTags;
import dev.weftrace.weaver.internal.TagSink;
import dev.weftrace.weaver.internal.Tracing;
import dev.weftrace.weaver.internal.slf4j.LogCorrelation;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.api.instrumenter.LocalRootSpan;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** The current span and weftrace's own local root on a real OpenTelemetry SDK. */
class OpenTelemetryTagTargetsTest {

  private static final MethodSpan OUTER = MethodSpan.builder("outer").build();
  private static final MethodSpan INNER = MethodSpan.builder("inner").build();
  private static final MethodSpan DETACHED = MethodSpan.builder("detached").noParent(true).build();

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .build();
  private final Tracer app = sdk.getTracer("app");
  private final OpenTelemetryBridge bridge =
      new OpenTelemetryBridge(
          OpenTelemetrySource.of(sdk), StartTags.OPEN_TELEMETRY, LogCorrelation.NONE);

  @Test
  void currentSpanTagsTheApplicationsOwnSpanWithEveryType() {
    Span request = app.spanBuilder("request").startSpan();
    try (Scope ignored = request.makeCurrent()) {
      TagSink current = bridge.currentSpan();
      current.putString("customer.id", "C-7");
      current.putString("absent", null);
      current.putLong("rows", 3);
      current.putDouble("ratio", 0.5);
      current.putBoolean("cache.hit", true);
    } finally {
      request.end();
    }

    SpanData span = only("request");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("customer.id"))).isEqualTo("C-7");
    assertThat(span.getAttributes().get(AttributeKey.longKey("rows"))).isEqualTo(3L);
    assertThat(span.getAttributes().get(AttributeKey.doubleKey("ratio"))).isEqualTo(0.5);
    assertThat(span.getAttributes().get(AttributeKey.booleanKey("cache.hit"))).isTrue();
    assertThat(span.getAttributes().size()).isEqualTo(4);
  }

  @Test
  void noSpanOrOneThatRecordsNothingIsNothingToTag() {
    assertThat(bridge.currentSpan()).isSameAs(TagSink.NONE);
    assertThat(bridge.localRoot()).isSameAs(TagSink.NONE);

    SpanContext sampledOut =
        SpanContext.create(
            "0af7651916cd43dd8448eb211c80319c",
            "b7ad6b7169203331",
            TraceFlags.getDefault(),
            TraceState.getDefault());
    try (Scope ignored = Span.wrap(sampledOut).makeCurrent()) {
      assertThat(bridge.currentSpan()).isSameAs(TagSink.NONE);
      assertThat(bridge.localRoot()).isSameAs(TagSink.NONE);
    }
  }

  @Test
  void tagsForACurrentSpanThatHasEndedAreDropped() {
    Span ended = app.spanBuilder("ended").startSpan();
    ended.end();
    try (Scope ignored = ended.makeCurrent()) {
      bridge.currentSpan().putString("late", "dropped");
      assertThat(bridge.localRoot()).isSameAs(TagSink.NONE);
    }

    assertThat(only("ended").getAttributes().isEmpty()).isTrue();
  }

  @Test
  void localRootIsTheOutermostWeftraceSpanOfTheTrace() {
    ActiveSpan outer = bridge.start(OUTER, Tracing.NO_ARGS);
    ActiveSpan inner = bridge.start(INNER, Tracing.NO_ARGS);
    Span appSpan = app.spanBuilder("app.child").startSpan();
    try (Scope ignored = appSpan.makeCurrent()) {
      bridge.localRoot().putString("customer.id", "C-7");
      bridge.currentSpan().putBoolean("here", true);
    } finally {
      appSpan.end();
    }
    Tracing.exit(INNER, inner, null);
    Tracing.exit(OUTER, outer, null);

    assertThat(only("outer").getAttributes().get(AttributeKey.stringKey("customer.id")))
        .isEqualTo("C-7");
    assertThat(only("inner").getAttributes().isEmpty()).isTrue();
    assertThat(only("app.child").getAttributes().get(AttributeKey.booleanKey("here"))).isTrue();
    assertThat(Context.current().get(LocalRoots.KEY)).as("forgotten with the scope").isNull();
  }

  @Test
  void underASpanWeftraceDidNotStartThatSpanIsTheRoot() {
    Span request = app.spanBuilder("request").startSpan();
    try (Scope ignored = request.makeCurrent()) {
      bridge.localRoot().putString("before", "any weftrace span");
      ActiveSpan outer = bridge.start(OUTER, Tracing.NO_ARGS);
      ActiveSpan inner = bridge.start(INNER, Tracing.NO_ARGS);
      bridge.localRoot().putLong("rows", 2);
      Tracing.exit(INNER, inner, null);
      Tracing.exit(OUTER, outer, null);
    } finally {
      request.end();
    }

    assertThat(only("request").getAttributes().get(AttributeKey.longKey("rows"))).isEqualTo(2L);
    assertThat(only("request").getAttributes().get(AttributeKey.stringKey("before")))
        .isEqualTo("any weftrace span");
    assertThat(only("outer").getAttributes().isEmpty()).isTrue();
  }

  @Test
  void aRemoteParentOrNoParentStartsANewLocalRoot() {
    SpanContext remote =
        SpanContext.createFromRemoteParent(
            "0af7651916cd43dd8448eb211c80319c",
            "b7ad6b7169203331",
            TraceFlags.getSampled(),
            TraceState.getDefault());
    try (Scope ignored = Context.root().with(Span.wrap(remote)).makeCurrent()) {
      ActiveSpan outer = bridge.start(OUTER, Tracing.NO_ARGS);
      ActiveSpan detached = bridge.start(DETACHED, Tracing.NO_ARGS);
      bridge.localRoot().putString("where", "detached");
      Tracing.exit(DETACHED, detached, null);
      bridge.localRoot().putString("where", "outer");
      Tracing.exit(OUTER, outer, null);
    }

    assertThat(only("outer").getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    assertThat(only("outer").getAttributes().get(AttributeKey.stringKey("where")))
        .isEqualTo("outer");
    assertThat(only("detached").getAttributes().get(AttributeKey.stringKey("where")))
        .isEqualTo("detached");
  }

  @Test
  void aTagForARootThatHasEndedIsDropped() {
    ActiveSpan outer = bridge.start(OUTER, Tracing.NO_ARGS);
    Context carried = Context.current(); // as an executor would carry it to later work
    Tracing.exit(OUTER, outer, null);

    try (Scope ignored = carried.makeCurrent()) {
      assertThat(bridge.localRoot()).isSameAs(TagSink.NONE);
      bridge.currentSpan().putString("late", "dropped");
    }
    assertThat(only("outer").getAttributes().isEmpty()).isTrue();
  }

  @Test
  void aSpanOfAnotherTraceIsItsOwnTracesRootNotWeftracesRecord() {
    ActiveSpan outer = bridge.start(OUTER, Tracing.NO_ARGS);
    Span other = app.spanBuilder("other").setNoParent().startSpan();
    try (Scope ignored = other.makeCurrent()) {
      bridge.localRoot().putString("trace", "other");
    } finally {
      other.end();
      Tracing.exit(OUTER, outer, null);
    }

    assertThat(only("other").getAttributes().get(AttributeKey.stringKey("trace")))
        .isEqualTo("other");
    assertThat(only("outer").getAttributes().isEmpty()).isTrue();
  }

  @Test
  void theInstrumentationApisLocalRootWinsOverWeftracesOwn() throws Exception {
    Span server = app.spanBuilder("GET /orders").setSpanKind(SpanKind.SERVER).startSpan();
    try (Scope ignored = instrumenterContext(server).makeCurrent()) {
      ActiveSpan outer = bridge.start(OUTER, Tracing.NO_ARGS);
      bridge.localRoot().putString("customer.id", "C-7");
      ActiveSpan detached = bridge.start(DETACHED, Tracing.NO_ARGS);
      bridge.localRoot().putString("batch", "own trace");
      Tracing.exit(DETACHED, detached, null);
      Tracing.exit(OUTER, outer, null);
    } finally {
      server.end();
    }

    assertThat(InstrumentationLocalRoot.available()).isTrue();
    assertThat(only("GET /orders").getAttributes().get(AttributeKey.stringKey("customer.id")))
        .isEqualTo("C-7");
    assertThat(only("outer").getAttributes().isEmpty()).isTrue();
    assertThat(only("detached").getAttributes().get(AttributeKey.stringKey("batch")))
        .isEqualTo("own trace");
  }

  /**
   * The context an {@code Instrumenter} makes for a local root span: the span, and the span again
   * under {@link LocalRootSpan}'s key, through the package-private method the Instrumenter calls.
   * (The Instrumenter itself needs opentelemetry-api-incubator, which changes {@code
   * OpenTelemetry.noop()} for this module's other tests; the Boot test otel-starter uses the real
   * one.)
   */
  private static Context instrumenterContext(Span server) throws Exception {
    Method store = LocalRootSpan.class.getDeclaredMethod("store", Context.class, Span.class);
    store.setAccessible(true);
    return ((Context) store.invoke(null, Context.root(), server)).with(server);
  }

  private SpanData only(String name) {
    return exporter.getFinishedSpanItems().stream()
        .filter(s -> s.getName().equals(name))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two spans named " + name);
            })
        .orElseThrow(() -> new AssertionError("no span named " + name));
  }
}
