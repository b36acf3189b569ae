package dev.weftrace.benchmarks.runtime;

import io.opentelemetry.api.OpenTelemetry;
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
 * Per-call cost when nothing is registered at all: no {@code GlobalOpenTelemetry}, nothing handed
 * over. Each woven call probes the global state, finds none and tells weftrace's "spans go nowhere"
 * check, which has long since settled (its one warning is logged during warm-up); the same spans by
 * hand go to OpenTelemetry's no-op. Measures that the check costs nothing per call once settled.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dweftrace.unrouted.delay.ms=0"})
public class UnregisteredApiBenchmark {

  private String orderId = Inputs.ORDER_ID;
  private int lines = Inputs.LINES;
  private final TracedOrders traced = new TracedOrders();
  private HandTracedOrders handWritten;

  /** Registers nothing; hand-written code gets the no-op tracer directly. */
  @Setup(Level.Trial)
  public void setUp() {
    SetupChecks.requireWoven();
    handWritten = new HandTracedOrders(OpenTelemetry.noop().getTracer(BenchmarkSdk.SCOPE));
    SetupChecks.requireQuote(traced.price(orderId, lines));
    SetupChecks.requireQuote(handWritten.price(orderId, lines));
  }

  /** Woven {@code @Trace} with two {@code @SpanTag} parameters, nothing registered. */
  @Benchmark
  public int woven() {
    return traced.price(orderId, lines);
  }

  /** The same by hand, on the no-op. */
  @Benchmark
  public int handWritten() {
    return handWritten.price(orderId, lines);
  }
}
