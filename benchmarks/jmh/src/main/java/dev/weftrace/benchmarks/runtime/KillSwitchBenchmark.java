package dev.weftrace.benchmarks.runtime;

import dev.weftrace.weaver.Weftrace;
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
 * Per-call cost of a woven method in a JVM started with {@code -Dweftrace.enabled=false}, against
 * the untraced body in a JVM started the same way. An SDK is registered, as in an application that
 * traces otherwise; setup checks that the woven method makes no span on it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dweftrace.enabled=false"})
public class KillSwitchBenchmark {

  private String orderId = Inputs.ORDER_ID;
  private int lines = Inputs.LINES;
  private final PlainOrders plain = new PlainOrders();
  private final TracedOrders traced = new TracedOrders();
  private final TaggedOrders tagged = new TaggedOrders();
  private MeasuredSdk sdk;

  /** Checks that weftrace is off and makes no span, then registers the SDK. */
  @Setup(Level.Trial)
  public void setUp() {
    if (Weftrace.isEnabled()) {
      throw new IllegalStateException("run with -Dweftrace.enabled=false");
    }
    SetupChecks.requireWoven();
    SetupChecks.requireNoSpan(
        SetupChecks.spansOf(otel -> traced.price(orderId, lines)), "weftrace.enabled=false");
    SetupChecks.requireQuote(traced.price(orderId, lines));
    sdk = new MeasuredSdk("simple");
  }

  /** Stops using the SDK; fails if woven code reached it. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    sdk.requireNoneExported("weftrace.enabled=false");
  }

  /** The body alone, untraced. */
  @Benchmark
  public int plain() {
    return plain.price(orderId, lines);
  }

  /** Woven {@code @Trace} with two {@code @SpanTag} parameters, weftrace switched off. */
  @Benchmark
  public int woven() {
    return traced.price(orderId, lines);
  }

  /** Woven {@code @TagSpan} with two {@code @SpanTag} parameters, weftrace switched off. */
  @Benchmark
  public int wovenTagSpan() {
    return tagged.price(orderId, lines);
  }
}
