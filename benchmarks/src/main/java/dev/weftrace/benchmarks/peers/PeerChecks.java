package dev.weftrace.benchmarks.peers;

import dev.weftrace.weaver.Weftrace;
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
 * Checks that the peers benchmarks run in their setup, outside the measured code, so that an
 * unwoven build, an agent that did not attach or a span without its tags stops the run instead of
 * timing the wrong thing.
 */
public final class PeerChecks {

  private PeerChecks() {}

  /**
   * Fails unless {@link WeftraceOrders} was woven: weftrace's own check (every class the processor
   * listed refers to the aspect) and AspectJ's join-point field on the class.
   */
  public static void requireWoven() {
    Weftrace.assertWoven();
    for (Field field : WeftraceOrders.class.getDeclaredFields()) {
      if (field.getName().startsWith("ajc$tjp_")) {
        return;
      }
    }
    throw new IllegalStateException(
        "WeftraceOrders has no ajc$tjp_ field: benchmarks.jar was not woven (see benchmarks/pom.xml)");
  }

  /**
   * The spans that {@code calls} make on a fresh SDK that keeps them: woven code reaches it through
   * {@link Weftrace#useOpenTelemetry}, other code through the instance passed in. Afterwards woven
   * code goes back to the global OpenTelemetry.
   */
  public static List<SpanData> spansOf(Consumer<OpenTelemetry> calls) {
    CountingExporter exporter = CountingExporter.keeping();
    OpenTelemetrySdk sdk = PeerSdk.create(exporter);
    Weftrace.useOpenTelemetry(sdk);
    try {
      calls.accept(sdk);
    } finally {
      Weftrace.useOpenTelemetry(null);
      sdk.getSdkTracerProvider().shutdown();
    }
    return exporter.kept();
  }

  /** Fails unless {@code spans} is one ended INTERNAL span {@code name} with both tags of {@link Workload}. */
  public static void requireOneSpan(List<SpanData> spans, String name) {
    if (spans.size() != 1) {
      throw new IllegalStateException("expected one span " + name + ", got " + spans);
    }
    SpanData span = spans.get(0);
    boolean ok =
        span.getName().equals(name)
            && span.getKind() == SpanKind.INTERNAL
            && span.hasEnded()
            && Workload.ORDER_ID.equals(span.getAttributes().get(AttributeKey.stringKey("order.id")))
            && Objects.equals(
                (long) Workload.LINES,
                span.getAttributes().get(AttributeKey.longKey("order.lines")));
    if (!ok) {
      throw new IllegalStateException("expected span " + name + " with both tags, got " + span);
    }
  }

  /** Fails unless {@code tracer} records the spans it makes (a real, sampling tracer, not a no-op). */
  public static void requireRecording(Tracer tracer, String what) {
    Span probe = tracer.spanBuilder("probe").startSpan();
    boolean recording = probe.isRecording();
    probe.end();
    if (!recording) {
      throw new IllegalStateException(what + " does not record spans");
    }
  }
}
