package dev.weftrace.benchmarks.runtime;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SdkTracingBenchmark}'s woven and hand-written {@code price} with a parent: each call runs
 * inside the context of an outer woven {@code @Trace} method, as every traced method of a request
 * but the first does. There weftrace finds the trace's local root recorded already and records
 * nothing, so this measures a span's own cost; {@link SdkTracingBenchmark}, whose spans have no
 * parent, adds the record that the first span of every trace makes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NestedSdkTracingBenchmark {

  private String orderId = Inputs.ORDER_ID;
  private int lines = Inputs.LINES;
  private final TracedOrders traced = new TracedOrders();
  private HandTracedOrders handWritten;
  private MeasuredSdk sdk;
  private io.opentelemetry.context.Scope request;

  /**
   * Points both at one fresh SDK, then makes the context of an outer woven span current on this
   * thread, with weftrace's local-root record in it, for the whole trial.
   */
  @Setup(Level.Trial)
  public void setUp() {
    SetupChecks.requireWoven();
    SetupChecks.requireWoven(RequestContext.class);
    sdk = new MeasuredSdk("simple");
    handWritten = new HandTracedOrders(sdk.tracer());
    Context outer = new RequestContext().capture();
    if (!Span.fromContext(outer).getSpanContext().isValid()) {
      throw new IllegalStateException("RequestContext.capture() ran without a span");
    }
    request = outer.makeCurrent();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    request.close();
    sdk.close();
  }

  /** Woven {@code @Trace} with two {@code @SpanTag} parameters, below a woven span. */
  @Benchmark
  public int wovenNested() {
    return traced.price(orderId, lines);
  }

  /** The same span made with the OpenTelemetry API by hand, below the same span. */
  @Benchmark
  public int handWrittenNested() {
    return handWritten.price(orderId, lines);
  }
}
