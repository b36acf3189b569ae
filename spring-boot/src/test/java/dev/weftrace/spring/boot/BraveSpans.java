package dev.weftrace.spring.boot;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.ThreadLocalCurrentTraceContext;
import brave.propagation.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Brave tracer behind Micrometer Tracing's API, keeping the spans it finished. */
final class BraveSpans implements AutoCloseable {

  private final List<MutableSpan> finished = new CopyOnWriteArrayList<>();
  private final ThreadLocalCurrentTraceContext context =
      ThreadLocalCurrentTraceContext.newBuilder().build();
  private final brave.Tracing tracing =
      brave.Tracing.newBuilder()
          .currentTraceContext(context)
          .addSpanHandler(
              new SpanHandler() {
                @Override
                public boolean end(TraceContext traceContext, MutableSpan span, Cause cause) {
                  finished.add(span);
                  return true;
                }
              })
          .build();

  /** The tracer as Spring Boot's Brave bridge makes it a bean. */
  Tracer micrometerTracer() {
    return new BraveTracer(
        tracing.tracer(), new BraveCurrentTraceContext(context), new BraveBaggageManager());
  }

  /** The {@code step} tags of the spans finished so far, in order. */
  List<String> steps() {
    return finished.stream().map(span -> span.tag("step")).toList();
  }

  @Override
  public void close() {
    tracing.close();
  }
}
