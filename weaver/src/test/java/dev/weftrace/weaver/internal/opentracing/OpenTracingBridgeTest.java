package dev.weftrace.weaver.internal.opentracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.StartTags;
import dev.weftrace.weaver.internal.Tracing;
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
