package dev.weftrace.weaver.internal.opentracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.StartTags;
import dev.weftrace.weaver.internal.TagSink;
import dev.weftrace.weaver.internal.Tracing;
import io.opentracing.Scope;
import io.opentracing.mock.MockSpan;
import io.opentracing.mock.MockTracer;
import io.opentracing.util.GlobalTracer;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenTracing bridge on OpenTracing's own reference test tracer. */
class OpenTracingBridgeTest {

  private static final MockTracer TRACER = new MockTracer();

  private static final MethodSpan CHARGE =
      MethodSpan.builder("payments.charge")
          .methodName("Payments.charge")
          .kind(Trace.Kind.CLIENT)
          .measured(true)
          .service("billing")
          .spanType("http")
          .staticTags("team", "payments")
          .tags((args, tags) -> tags.putLong("cents", (Long) args[0]))
          .resultTags((result, tags) -> tags.putString("receipt", (String) result))
          .build();

  @BeforeAll
  static void registerTracer() {
    GlobalTracer.registerIfAbsent(TRACER);
  }

  @BeforeEach
  void reset() {
    TRACER.reset();
  }

  @Test
  void datadogConventionsNameTheOperationAndResourceAndCarryEveryTag() {
    ActiveSpan span =
        new OpenTracingBridge(StartTags.DATADOG_OPENTRACING).start(CHARGE, new Object[] {250L});
    span.closeScope();
    Tracing.exit(CHARGE, span, "r-1");

    MockSpan finished = TRACER.finishedSpans().get(0);
    assertThat(finished.operationName()).isEqualTo("payments.charge");
    assertThat(finished.tags())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "span.kind", "client",
                "resource.name", "Payments.charge",
                "_dd.measured", 1L,
                "service.name", "billing",
                "span.type", "http",
                "team", "payments",
                "cents", 250L,
                "receipt", "r-1"));
  }

  @Test
  void plainConventionsWriteOnlyWhatTheAnnotationSets() {
    MethodSpan plain = MethodSpan.builder("Orders.list").build();

    ActiveSpan span = new OpenTracingBridge(StartTags.OPEN_TELEMETRY).start(plain, Tracing.NO_ARGS);
    span.closeScope();
    span.finish(null, false);

    assertThat(TRACER.finishedSpans().get(0).tags()).isEmpty();
  }

  @Test
  void errorIsTaggedAndLoggedWithTheExceptionObject() {
    IllegalStateException error = new IllegalStateException("declined");
    ActiveSpan span =
        new OpenTracingBridge(StartTags.DATADOG_OPENTRACING).start(CHARGE, new Object[] {1L});
    span.closeScope();

    Tracing.exitExceptionally(CHARGE, span, error);

    MockSpan finished = TRACER.finishedSpans().get(0);
    assertThat(finished.tags()).containsEntry("error", true).doesNotContainKey("receipt");
    assertThat(finished.logEntries()).hasSize(1);
    Map<String, Object> fields = new java.util.HashMap<>(finished.logEntries().get(0).fields());
    assertThat(fields)
        .containsEntry("event", "error")
        .containsEntry("error.object", error)
        .containsEntry("message", "declined");
  }

  @Test
  void currentSpanTagsTheActiveSpanWithTypedValues() {
    OpenTracingBridge bridge = new OpenTracingBridge(StartTags.DATADOG_OPENTRACING);
    MockSpan request = TRACER.buildSpan("request").start();
    try (Scope ignored = TRACER.activateSpan(request)) {
      TagSink current = bridge.currentSpan();
      current.putString("customer.id", "C-7");
      current.putString("absent", null);
      current.putLong("rows", 3);
      current.putDouble("ratio", 0.5);
      current.putBoolean("cache.hit", true);
    } finally {
      request.finish();
    }

    assertThat(request.tags())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("customer.id", "C-7", "rows", 3L, "ratio", 0.5, "cache.hit", true));
    assertThat(bridge.currentSpan()).as("no active span").isSameAs(TagSink.NONE);
  }

  @Test
  void localRootIsTheSpanActiveWhenTheFirstWeftraceSpanStartedOnTheThread() {
    OpenTracingBridge bridge = new OpenTracingBridge(StartTags.OPEN_TELEMETRY);
    MockSpan request = TRACER.buildSpan("request").start();
    try (Scope ignored = TRACER.activateSpan(request)) {
      bridge.localRoot().putString("before", "any weftrace span");
      ActiveSpan outer = bridge.start(MethodSpan.builder("outer").build(), Tracing.NO_ARGS);
      ActiveSpan inner = bridge.start(MethodSpan.builder("inner").build(), Tracing.NO_ARGS);
      bridge.localRoot().putString("customer.id", "C-7");
      ActiveSpan detached =
          bridge.start(MethodSpan.builder("detached").noParent(true).build(), Tracing.NO_ARGS);
      bridge.localRoot().putString("batch", "yes");
      Tracing.exit(MethodSpan.UNTRACED, detached, null);
      Tracing.exit(MethodSpan.UNTRACED, inner, null);
      Tracing.exit(MethodSpan.UNTRACED, outer, null);
    } finally {
      request.finish();
    }

    assertThat(request.tags())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("before", "any weftrace span", "customer.id", "C-7"));
    assertThat(tagsOf("detached")).containsExactly(Map.entry("batch", "yes"));
    assertThat(tagsOf("outer")).isEmpty();
    assertThat(tagsOf("inner")).isEmpty();
  }

  @Test
  void withNoSpanAroundItTheOutermostWeftraceSpanIsTheLocalRoot() {
    OpenTracingBridge bridge = new OpenTracingBridge(StartTags.OPEN_TELEMETRY);
    ActiveSpan outer = bridge.start(MethodSpan.builder("outer").build(), Tracing.NO_ARGS);
    ActiveSpan inner = bridge.start(MethodSpan.builder("inner").build(), Tracing.NO_ARGS);
    bridge.localRoot().putString("customer.id", "C-7");
    Tracing.exit(MethodSpan.UNTRACED, inner, null);
    Tracing.exit(MethodSpan.UNTRACED, outer, null);

    assertThat(bridge.localRoot()).as("forgotten with its scope").isSameAs(TagSink.NONE);
    assertThat(tagsOf("outer")).containsExactly(Map.entry("customer.id", "C-7"));
    assertThat(tagsOf("inner")).isEmpty();
  }

  @Test
  void underDatadogTheLocalRootIsTheAgentsAndNotOneThatHasEnded() {
    OpenTracingBridge bridge = new OpenTracingBridge(StartTags.DATADOG_OPENTRACING);
    MockSpan request = TRACER.buildSpan("request").start();
    try (Scope ignored = TRACER.activateSpan(request)) {
      assertThat(bridge.localRoot())
          .as("a span that is no Datadog MutableSpan has no known root")
          .isSameAs(TagSink.NONE);
    } finally {
      request.finish();
    }
  }

  private static Map<String, Object> tagsOf(String name) {
    return TRACER.finishedSpans().stream()
        .filter(s -> s.operationName().equals(name))
        .findFirst()
        .orElseThrow()
        .tags();
  }

  @Test
  void spanIsActiveWhileTheMethodRunsAndParentsTheNextOne() {
    OpenTracingBridge bridge = new OpenTracingBridge(StartTags.OPEN_TELEMETRY);
    ActiveSpan outer = bridge.start(MethodSpan.builder("outer").build(), Tracing.NO_ARGS);
    ActiveSpan inner = bridge.start(MethodSpan.builder("inner").build(), Tracing.NO_ARGS);
    ActiveSpan detached =
        bridge.start(MethodSpan.builder("detached").noParent(true).build(), Tracing.NO_ARGS);
    for (ActiveSpan span : new ActiveSpan[] {detached, inner, outer}) {
      span.closeScope();
      span.finish(null, false);
    }

    assertThat(TRACER.activeSpan()).isNull();
    MockSpan innerSpan = TRACER.finishedSpans().get(1);
    MockSpan outerSpan = TRACER.finishedSpans().get(2);
    assertThat(innerSpan.parentId()).isEqualTo(outerSpan.context().spanId());
    assertThat(TRACER.finishedSpans().get(0).parentId()).isZero();
  }
}
