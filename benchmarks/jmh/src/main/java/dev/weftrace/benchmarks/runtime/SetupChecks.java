package dev.weftrace.benchmarks.runtime;

import dev.weftrace.testing.otel.CountingSpanExporter;
import dev.weftrace.weaver.Weftrace;
import dev.weftrace.weaver.internal.TypedAdvice;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Checks the benchmarks run in their setup, outside the measured code, so that a build that did not
 * weave, a setting that did not take, or a span without its tags stops the run instead of timing
 * the wrong thing.
 */
public final class SetupChecks {

  private SetupChecks() {}

  /**
   * Fails unless {@link TracedOrders} was woven with the advice typed to its methods, as the
   * weftrace Maven plugin weaves it: weftrace's own check, then the {@link TypedAdvice} on its
   * methods.
   */
  static void requireWoven() {
    requireWoven(TracedOrders.class);
    if (!hasTypedAdvice(TracedOrders.class)) {
      throw new IllegalStateException(
          "TracedOrders was woven without its typed aspect: benchmarks.jar measures the generic"
              + " advice (see benchmarks/jmh/pom.xml)");
    }
  }

  /**
   * Fails unless {@code woven} was woven: {@link Weftrace#assertWoven}, then {@link TypedAdvice} on
   * its methods (typed advice) or its join-point fields (the generic aspect).
   */
  public static void requireWoven(Class<?> woven) {
    Weftrace.assertWoven();
    if (hasTypedAdvice(woven)) {
      return;
    }
    for (Field field : woven.getDeclaredFields()) {
      if (field.getName().startsWith("ajc$tjp_")) {
        return;
      }
    }
    throw new IllegalStateException(
        woven.getSimpleName()
            + " has neither @TypedAdvice nor an ajc$tjp_ field: benchmarks.jar was not woven (see"
            + " benchmarks/jmh/pom.xml)");
  }

  /** Whether a method of {@code type} carries the annotation its typed aspect declares on it. */
  private static boolean hasTypedAdvice(Class<?> type) {
    for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(TypedAdvice.class)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The spans that {@code calls} make on a fresh SDK that keeps them: woven code reaches it through
   * {@link Weftrace#useOpenTelemetry}, hand-written code through the instance passed in. Afterwards
   * woven code goes back to the global OpenTelemetry (none is set: the no-op).
   */
  public static List<SpanData> spansOf(Consumer<OpenTelemetry> calls) {
    CountingSpanExporter exporter = CountingSpanExporter.keeping();
    OpenTelemetrySdk sdk = BenchmarkSdk.create("simple", exporter);
    Weftrace.useOpenTelemetry(sdk);
    try {
      calls.accept(sdk);
    } finally {
      Weftrace.useOpenTelemetry(null);
      sdk.getSdkTracerProvider().shutdown();
    }
    return exporter.kept();
  }

  /** Fails unless {@code openTelemetry} records the spans it makes (a real, sampling SDK). */
  static void requireRecording(OpenTelemetry openTelemetry) {
    requireRecording(openTelemetry.getTracer(BenchmarkSdk.SCOPE), "the measured SDK");
  }

  /**
   * Fails unless {@code tracer} records the spans it makes (a real, sampling tracer, not a no-op).
   */
  public static void requireRecording(Tracer tracer, String what) {
    Span probe = tracer.spanBuilder("probe").startSpan();
    boolean recording = probe.isRecording();
    probe.end();
    if (!recording) {
      throw new IllegalStateException(what + " does not record spans");
    }
  }

  /**
   * Fails unless {@code spans} is one ended INTERNAL span {@code name} with both tags of {@link
   * Inputs}.
   */
  public static void requireOneSpan(List<SpanData> spans, String name) {
    if (spans.size() != 1) {
      throw new IllegalStateException("expected one span " + name + ", got " + spans);
    }
    SpanData span = spans.get(0);
    boolean ok =
        span.getName().equals(name)
            && span.getKind() == SpanKind.INTERNAL
            && span.hasEnded()
            && Inputs.ORDER_ID.equals(span.getAttributes().get(AttributeKey.stringKey("order.id")))
            && Objects.equals(
                (long) Inputs.LINES, span.getAttributes().get(AttributeKey.longKey("order.lines")));
    if (!ok) {
      throw new IllegalStateException("expected span " + name + " with both tags, got " + span);
    }
  }

  /** Fails unless {@code spans} is empty. */
  public static void requireNoSpan(List<SpanData> spans, String why) {
    if (!spans.isEmpty()) {
      throw new IllegalStateException(why + ", but spans were made: " + spans);
    }
  }

  /** Fails unless {@code actual} is what the untraced body returns for {@link Inputs}. */
  public static void requireQuote(int actual) {
    int expected = Pricing.quote(Inputs.ORDER_ID, Inputs.LINES);
    if (actual != expected) {
      throw new IllegalStateException("traced method returned " + actual + ", not " + expected);
    }
  }
}
