package dev.weftrace.weaver.internal.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.ThreadLocalCurrentTraceContext;
import dev.weftrace.annotation.Trace;
import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.TagSink;
import dev.weftrace.weaver.internal.TracerRegistry;
import dev.weftrace.weaver.internal.Tracing;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spans through Micrometer Tracing's API, on a real Brave tracer, as Spring Boot's Brave bridge has
 * it.
 */
class MicrometerBridgeTest {

  private final List<MutableSpan> finished = new CopyOnWriteArrayList<>();
  private final ThreadLocalCurrentTraceContext context =
      ThreadLocalCurrentTraceContext.newBuilder().build();
  private final brave.Tracing braveTracing =
      brave.Tracing.newBuilder()
          .currentTraceContext(context)
          .addSpanHandler(
              new SpanHandler() {
                @Override
                public boolean end(
                    brave.propagation.TraceContext traceContext, MutableSpan span, Cause cause) {
                  finished.add(span);
                  return true;
                }
              })
          .build();
  private final Tracer tracer =
      new BraveTracer(
          braveTracing.tracer(), new BraveCurrentTraceContext(context), new BraveBaggageManager());
  private final MicrometerBridge bridge = new MicrometerBridge(tracer);

  @AfterEach
  void close() {
    braveTracing.close();
  }

  @Test
  void spanIsAChildOfTheCurrentSpanWithNameKindAndTypedTagsAsStrings() {
    MethodSpan method =
        MethodSpan.builder("Orders.place")
            .kind(Trace.Kind.SERVER)
            .resourceName("POST /orders")
            .tags(
                (args, tags) -> {
                  tags.putString("order.id", (String) args[0]);
                  tags.putLong("items", (int) args[1]);
                  tags.putBoolean("express", true);
                  tags.putDouble("total", 12.5);
                })
            .build();
    Span parent = tracer.nextSpan().name("request").start();

    try (Tracer.SpanInScope inParent = tracer.withSpan(parent)) {
      ActiveSpan span = bridge.start(method, new Object[] {"ORD-1", 3});
      assertThat(tracer.currentSpan().context().parentId()).isEqualTo(parent.context().spanId());
      span.putString("receipt.id", "R-9");
      span.closeScope();
      assertThat(tracer.currentSpan().context().spanId()).isEqualTo(parent.context().spanId());
      span.finish(null, false);
    } finally {
      parent.end();
    }

    MutableSpan span = spanNamed("Orders.place");
    assertThat(span.parentId()).isEqualTo(parent.context().spanId());
    assertThat(span.traceId()).isEqualTo(parent.context().traceId());
    assertThat(span.kind()).isEqualTo(brave.Span.Kind.SERVER);
    assertThat(span.tags())
        .containsEntry("order.id", "ORD-1")
        .containsEntry("items", "3")
        .containsEntry("express", "true")
        .containsEntry("total", "12.5")
        .containsEntry("resource.name", "POST /orders")
        .containsEntry("receipt.id", "R-9");
  }

  @Test
  void internalSpansHaveNoKindAndNoParentStartsANewTrace() {
    Span parent = tracer.nextSpan().name("request").start();
    try (Tracer.SpanInScope inParent = tracer.withSpan(parent)) {
      ActiveSpan span =
          bridge.start(MethodSpan.builder("Batch.run").noParent(true).build(), new Object[0]);
      span.closeScope();
      span.finish(null, false);
      assertThat(tracer.currentSpan().context().spanId())
          .as("the caller's span is current again")
          .isEqualTo(parent.context().spanId());
    } finally {
      parent.end();
    }

    MutableSpan span = spanNamed("Batch.run");
    assertThat(span.kind()).isNull();
    assertThat(span.parentId()).isNull();
    assertThat(span.traceId()).isNotEqualTo(parent.context().traceId());
  }

  @Test
  void errorIsRecordedForUnexpectedExceptionsOnly() {
    ActiveSpan failed = bridge.start(MethodSpan.builder("A.failed").build(), new Object[0]);
    failed.closeScope();
    IllegalStateException boom = new IllegalStateException("boom");
    failed.finish(boom, true);
    ActiveSpan expected = bridge.start(MethodSpan.builder("A.expected").build(), new Object[0]);
    expected.closeScope();
    expected.finish(new IllegalArgumentException("not found"), false);

    assertThat(spanNamed("A.failed").error()).isSameAs(boom);
    MutableSpan quiet = spanNamed("A.expected");
    assertThat(quiet.error()).isNull();
    assertThat(quiet.tags())
        .containsEntry(MicrometerBridge.EXCEPTION_TYPE, IllegalArgumentException.class.getName())
        .containsEntry(MicrometerBridge.EXCEPTION_MESSAGE, "not found")
        .doesNotContainKey("error");
    assertThat(quiet.annotationCount()).isEqualTo(1);
    assertThat(quiet.annotationValueAt(0)).isEqualTo(MicrometerBridge.EXCEPTION_EVENT);
  }

  @Test
  void registeredThroughTheRegistryAStageEndsItsSpanWhenItCompletes() {
    MethodSpan method =
        MethodSpan.builder("Orders.later").asyncResult(CompletionStage.class).build();
    CompletableFuture<String> stage = new CompletableFuture<>();
    try (TracerRegistry.Registration registration = MicrometerTracers.register(tracer, "test")) {
      ActiveSpan span = Tracing.enter(method, Tracing.NO_ARGS);
      assertThat(Tracing.exit(method, span, stage)).isSameAs(stage);
      assertThat(finished).as("not before the stage completes").isEmpty();

      stage.completeExceptionally(new IllegalStateException("late failure"));
    }

    assertThat(spanNamed("Orders.later").error()).hasMessage("late failure");
  }

  @Test
  void aTracerThatThrowsCostsTheSpanNotTheCall() {
    Tracer broken =
        (Tracer)
            Proxy.newProxyInstance(
                Tracer.class.getClassLoader(),
                new Class<?>[] {Tracer.class},
                (proxy, calledMethod, args) -> {
                  throw new IllegalStateException("tracer down");
                });
    MethodSpan method = MethodSpan.builder("Orders.place").build();
    try (TracerRegistry.Registration registration = MicrometerTracers.register(broken, "test")) {
      ActiveSpan span = Tracing.enter(method, Tracing.NO_ARGS);

      assertThat(span).isSameAs(ActiveSpan.NOOP);
      assertThat(Tracing.exit(method, span, "result")).isEqualTo("result");
    }
  }

  @Test
  void currentSpanTagsTheFrameworksSpanAsStrings() {
    Span request = tracer.nextSpan().name("request").start();
    try (Tracer.SpanInScope inRequest = tracer.withSpan(request)) {
      TagSink current = bridge.currentSpan();
      current.putString("customer.id", "C-7");
      current.putString("absent", null);
      current.putLong("rows", 3);
      current.putBoolean("cache.hit", true);
    } finally {
      request.end();
    }

    assertThat(spanNamed("request").tags())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("customer.id", "C-7", "rows", "3", "cache.hit", "true"));
    assertThat(bridge.currentSpan()).as("no current span").isSameAs(TagSink.NONE);
  }

  @Test
  void localRootIsTheSpanCurrentWhenTheFirstWeftraceSpanStartedOnTheThread() {
    Span request = tracer.nextSpan().name("request").start();
    try (Tracer.SpanInScope inRequest = tracer.withSpan(request)) {
      bridge.localRoot().putString("before", "any weftrace span");
      ActiveSpan outer = bridge.start(MethodSpan.builder("outer").build(), Tracing.NO_ARGS);
      ActiveSpan inner = bridge.start(MethodSpan.builder("inner").build(), Tracing.NO_ARGS);
      bridge.localRoot().putString("customer.id", "C-7");
      ActiveSpan detached =
          bridge.start(MethodSpan.builder("detached").noParent(true).build(), Tracing.NO_ARGS);
      bridge.localRoot().putString("batch", "yes");
      Tracing.exit(MethodSpan.UNTRACED, detached, null);
      bridge.localRoot().putLong("rows", 2);
      Tracing.exit(MethodSpan.UNTRACED, inner, null);
      Tracing.exit(MethodSpan.UNTRACED, outer, null);
    } finally {
      request.end();
    }

    assertThat(spanNamed("request").tags())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("before", "any weftrace span", "customer.id", "C-7", "rows", "2"));
    assertThat(spanNamed("detached").tags()).containsExactly(Map.entry("batch", "yes"));
    assertThat(spanNamed("outer").tags()).isEmpty();
    assertThat(spanNamed("inner").tags()).isEmpty();
  }

  @Test
  void withNoSpanAroundItTheOutermostWeftraceSpanIsTheLocalRootUntilItsScopeCloses() {
    ActiveSpan outer = bridge.start(MethodSpan.builder("outer").build(), Tracing.NO_ARGS);
    ActiveSpan inner = bridge.start(MethodSpan.builder("inner").build(), Tracing.NO_ARGS);
    bridge.localRoot().putString("customer.id", "C-7");
    Tracing.exit(MethodSpan.UNTRACED, inner, null);
    TagSink rootAfterItsScope = bridge.localRoot();
    Tracing.exit(MethodSpan.UNTRACED, outer, null);

    assertThat(bridge.localRoot()).as("forgotten with its scope").isSameAs(TagSink.NONE);
    rootAfterItsScope.putString("late", "dropped");
    assertThat(spanNamed("outer").tags()).containsExactly(Map.entry("customer.id", "C-7"));
    assertThat(spanNamed("inner").tags()).isEmpty();
  }

  @Test
  void aRootThatHasEndedTakesNoMoreTags() {
    ActiveSpan outer = bridge.start(MethodSpan.builder("outer").build(), Tracing.NO_ARGS);
    outer.finish(null, false); // ended, say by a stage completing, while its scope is still open

    assertThat(bridge.localRoot()).isSameAs(TagSink.NONE);
    outer.closeScope();
  }

  private MutableSpan spanNamed(String name) {
    return finished.stream().filter(s -> name.equals(s.name())).findFirst().orElseThrow();
  }
}
