package dev.weftrace.benchmarks.runtime;

import dev.weftrace.weaver.Weftrace;
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
 * Per-call cost when the application has the OpenTelemetry API but no SDK: woven code on {@link
 * OpenTelemetry#noop()} against the same spans made by hand on the same no-op. Nothing is
 * registered globally.
 *
 * <p>Setup never makes a span on a real SDK in this JVM, so that no SDK class enters the JIT's
 * profiles of the code measured here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NoopApiBenchmark {

  private String orderId = Inputs.ORDER_ID;
  private int lines = Inputs.LINES;
  private final TracedOrders traced = new TracedOrders();
  private HandTracedOrders handWritten;

  /** Points woven and hand-written code at the no-op OpenTelemetry. */
  @Setup(Level.Trial)
  public void setUp() {
    SetupChecks.requireWoven();
    OpenTelemetry noop = OpenTelemetry.noop();
    Weftrace.useOpenTelemetry(noop);
    handWritten = new HandTracedOrders(noop.getTracer(BenchmarkSdk.SCOPE));
    SetupChecks.requireQuote(traced.price(orderId, lines));
    SetupChecks.requireQuote(handWritten.price(orderId, lines));
  }

  /** Woven {@code @Trace} with two {@code @SpanTag} parameters, on the no-op API. */
  @Benchmark
  public int woven() {
    return traced.price(orderId, lines);
  }

  /** The same by hand, on the same no-op. */
  @Benchmark
  public int handWritten() {
    return handWritten.price(orderId, lines);
  }
}
