package dev.weftrace.weaver.internal.otel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.StartTags;
import dev.weftrace.weaver.internal.TestDoubles;
import dev.weftrace.weaver.internal.Tracing;
import dev.weftrace.weaver.internal.slf4j.LogCorrelation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of calls on the span matters to Datadog (README, "The contract"): status with its
 * description first, then the exception, then the end.
 */
class OpenTelemetryBridgeTest {

  private final List<String> calls = new ArrayList<>();

  @Test
  void errorSetsStatusWithMessageBeforeRecordingTheExceptionThenEnds() {
    OpenTelemetrySource source = OpenTelemetrySource.of(recordingOpenTelemetry());
    ActiveSpan span =
        new OpenTelemetryBridge(source, StartTags.OPEN_TELEMETRY, LogCorrelation.NONE)
            .start(MethodSpan.builder("T.m").build(), Tracing.NO_ARGS);
    span.closeScope();
    calls.clear();

    span.finish(new IllegalStateException("boom"), true);

    assertThat(calls)
        .containsSubsequence("setStatus(ERROR, boom)", "recordException", "end")
        .doesNotContain("setStatus(ERROR, )");
    assertThat(calls.get(calls.size() - 1)).isEqualTo("end");
  }

  @Test
  void successOnlyEndsTheSpan() {
    OpenTelemetrySource source = OpenTelemetrySource.of(recordingOpenTelemetry());
    ActiveSpan span =
        new OpenTelemetryBridge(source, StartTags.OPEN_TELEMETRY, LogCorrelation.NONE)
            .start(MethodSpan.builder("T.m").build(), Tracing.NO_ARGS);
    span.closeScope();
    calls.clear();

    span.finish(null, false);

    assertThat(calls).containsExactly("end");
  }

  @Test
  void withoutAnSdkNothingIsStartedAndTheContextStaysAsItWas() {
    OpenTelemetrySource source = OpenTelemetrySource.of(OpenTelemetry.noop());
    io.opentelemetry.context.Context before = io.opentelemetry.context.Context.current();
    List<String> tagged = new ArrayList<>();
    MethodSpan method = MethodSpan.builder("T.m").tags((args, tags) -> tagged.add("bound")).build();

    ActiveSpan span =
        new OpenTelemetryBridge(source, StartTags.OPEN_TELEMETRY, LogCorrelation.NONE)
            .start(method, new Object[] {"x"});

    assertThat(span).isSameAs(ActiveSpan.NOOP);
    assertThat(io.opentelemetry.context.Context.current()).isSameAs(before);
    assertThat(tagged).as("tag binders run on a no-op API").isEmpty();
    assertThat(OpenTelemetrySource.isNoop(OpenTelemetry.noop().getTracer("any", "1.0"))).isTrue();
  }

  @Test
  void aRealTracerIsNotTakenForTheNoop() {
    assertThat(OpenTelemetrySource.isNoop(recordingOpenTelemetry().getTracer("dev.weftrace")))
        .isFalse();
  }

  private OpenTelemetry recordingOpenTelemetry() {
    Span span = recording(Span.class, null);
    SpanBuilder builder = recording(SpanBuilder.class, span);
    return TestDoubles.withTracer(name -> builder);
  }

  /**
   * A proxy that records each abstract call as {@code name} (with arguments for {@code setStatus}),
   * runs default methods as written, and returns itself for fluent calls, {@code started} for
   * {@code startSpan}.
   */
  private <T> T recording(Class<T> type, Span started) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          String name = method.getName();
          calls.add(
              name.equals("setStatus") ? "setStatus(" + args[0] + ", " + args[1] + ")" : name);
          if (name.equals("startSpan")) {
            return started;
          }
          if (method.getReturnType() == SpanContext.class) {
            return SpanContext.getInvalid();
          }
          if (method.getReturnType() == boolean.class) {
            return true;
          }
          return method.getReturnType().isInstance(proxy) ? proxy : null;
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
