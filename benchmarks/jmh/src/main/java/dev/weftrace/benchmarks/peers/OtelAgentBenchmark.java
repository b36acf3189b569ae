package dev.weftrace.benchmarks.peers;

import dev.weftrace.benchmarks.runtime.BenchmarkSdk;
import dev.weftrace.benchmarks.runtime.HandTracedOrders;
import dev.weftrace.benchmarks.runtime.SetupChecks;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The OpenTelemetry Java agent 2.31.0 (copied by the build to {@code
 * benchmarks/jmh/target/agents/}; the path is relative to the repository root, where the script
 * runs): {@code @WithSpan} with two {@code @SpanAttribute} parameters ({@link WithSpanOrders}),
 * and, in a JVM started the same way, the same span by hand with the OpenTelemetry API on the
 * tracer the agent provides, the in-JVM reference. Exporters are {@code none}: spans are sampled
 * and recorded, then go nowhere, as with the discarding exporter of the in-process cases.
 *
 * <p>Setup fails unless the global OpenTelemetry records spans (with no SDK registered by this
 * code, only the agent can provide that) and a {@code @WithSpan} method of {@link WithSpanOrders}
 * runs inside a new recording span, child of the caller's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms2g",
      "-Xmx2g",
      "-javaagent:benchmarks/jmh/target/agents/opentelemetry-javaagent.jar",
      "-Dotel.service.name=weftrace-benchmarks",
      "-Dotel.traces.exporter=none",
      "-Dotel.metrics.exporter=none",
      "-Dotel.logs.exporter=none"
    })
public class OtelAgentBenchmark {

  private String orderId = Workload.ORDER_ID;
  private int lines = Workload.LINES;
  private final WithSpanOrders withSpan = new WithSpanOrders();
  private HandTracedOrders handWritten;

  /** Checks that the agent is tracing, then gives the hand-written code the agent's tracer. */
  @Setup(Level.Trial)
  public void setUp() {
    Tracer tracer = GlobalOpenTelemetry.getTracer(BenchmarkSdk.SCOPE);
    SetupChecks.requireRecording(tracer, "GlobalOpenTelemetry (is the agent attached?)");
    requireWithSpanInstrumented(tracer);
    handWritten = new HandTracedOrders(tracer);
    Workload.requireQuote(withSpan.price(orderId, lines));
    Workload.requireQuote(handWritten.price(orderId, lines));
  }

  @SuppressWarnings("try") // the scope is only closed
  private void requireWithSpanInstrumented(Tracer tracer) {
    Span parent = tracer.spanBuilder("parent").startSpan();
    WithSpanOrders.Observed inside;
    try (io.opentelemetry.context.Scope ignored = parent.makeCurrent()) {
      inside = withSpan.probe(orderId, lines);
    } finally {
      parent.end();
    }
    SpanContext parentContext = parent.getSpanContext();
    boolean ok =
        inside.recording()
            && inside.context().getTraceId().equals(parentContext.getTraceId())
            && !inside.context().getSpanId().equals(parentContext.getSpanId());
    if (!ok) {
      throw new IllegalStateException(
          "@WithSpan is not instrumented: inside the method the current span is "
              + inside
              + ", the caller's is "
              + parentContext);
    }
  }

  /** {@code @WithSpan} with two {@code @SpanAttribute} parameters, instrumented by the agent. */
  @Benchmark
  public int withSpan() {
    return withSpan.price(orderId, lines);
  }

  /** The same span by hand with the OpenTelemetry API, on the agent's tracer. */
  @Benchmark
  public int handWritten() {
    return handWritten.price(orderId, lines);
  }
}
