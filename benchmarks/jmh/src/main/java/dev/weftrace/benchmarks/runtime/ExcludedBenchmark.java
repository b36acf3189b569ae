package dev.weftrace.benchmarks.runtime;

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
 * Per-call cost of woven methods excluded at run time by {@code -Dweftrace.exclude} (weftrace
 * otherwise on, an SDK registered), against the untraced body in a JVM started the same way: the
 * tagged method of the other benchmarks, and the same without tags.
 *
 * <p>Setup checks that neither excluded method makes a span.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dweftrace.exclude=" + ExcludedBenchmark.EXCLUDED})
public class ExcludedBenchmark {

  /** The exclusion rule of the forked JVMs: every method of {@link TracedOrders}. */
  static final String EXCLUDED = "dev.weftrace.benchmarks.runtime.TracedOrders";

  private String orderId = Inputs.ORDER_ID;
  private int lines = Inputs.LINES;
  private final PlainOrders plain = new PlainOrders();
  private final TracedOrders traced = new TracedOrders();
  private MeasuredSdk sdk;

  /** Checks that the excluded methods make no span, then registers the SDK. */
  @Setup(Level.Trial)
  public void setUp() {
    if (!EXCLUDED.equals(System.getProperty("weftrace.exclude"))) {
      throw new IllegalStateException("run with -Dweftrace.exclude=" + EXCLUDED);
    }
    SetupChecks.requireWoven();
    SetupChecks.requireNoSpan(
        SetupChecks.spansOf(
            otel -> {
              traced.price(orderId, lines);
              traced.priceUntagged(orderId, lines);
            }),
        "weftrace.exclude=" + EXCLUDED);
    SetupChecks.requireQuote(traced.price(orderId, lines));
    SetupChecks.requireQuote(traced.priceUntagged(orderId, lines));
    sdk = new MeasuredSdk("simple");
  }

  /** Stops using the SDK; fails if woven code reached it. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    sdk.requireNoneExported("the methods are excluded");
  }

  /** The body alone, untraced. */
  @Benchmark
  public int plain() {
    return plain.price(orderId, lines);
  }

  /** Woven {@code @Trace} with two {@code @SpanTag} parameters, excluded. */
  @Benchmark
  public int woven() {
    return traced.price(orderId, lines);
  }

  /** Woven {@code @Trace} without tags, excluded. */
  @Benchmark
  public int wovenUntagged() {
    return traced.priceUntagged(orderId, lines);
  }
}
