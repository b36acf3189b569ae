package dev.weftrace.benchmarks.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call cost of a woven {@code @Trace} method with two {@code @SpanTag} parameters against the
 * same body instrumented by hand with the OpenTelemetry API, both on the same SDK (see {@link
 * BenchmarkSdk}), against the peers' design (an {@code @Around} advice with a {@code
 * ProceedingJoinPoint}, {@link AroundSpanAspect}) and against the untraced body; once returning a
 * value, once an already completed {@code CompletableFuture}.
 *
 * <p>Setup checks that the class was woven and that the woven and the hand-written methods make the
 * same span, with the same two attributes, before anything is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SdkTracingBenchmark {

  /**
   * The SDK's span processor: {@code simple} (default) or {@code none}; see {@link BenchmarkSdk}.
   */
  @Param({"simple"})
  public String processor;

  private String orderId = Inputs.ORDER_ID;
  private int lines = Inputs.LINES;
  private final PlainOrders plain = new PlainOrders();
  private final TracedOrders traced = new TracedOrders();
  private final AroundOrders aroundAdvice = new AroundOrders();
  private HandTracedOrders handWritten;
  private MeasuredSdk sdk;

  /** Checks both instrumentations, then points both at one fresh SDK. */
  @Setup(Level.Trial)
  public void setUp() {
    SetupChecks.requireWoven();
    SetupChecks.requireOneSpan(
        SetupChecks.spansOf(otel -> traced.price(orderId, lines)), "TracedOrders.price");
    SetupChecks.requireOneSpan(
        SetupChecks.spansOf(otel -> traced.priceLater(orderId, lines)), "TracedOrders.priceLater");
    SetupChecks.requireOneSpan(
        SetupChecks.spansOf(
            otel -> new HandTracedOrders(otel.getTracer(BenchmarkSdk.SCOPE)).price(orderId, lines)),
        "TracedOrders.price");
    SetupChecks.requireOneSpan(
        SetupChecks.spansOf(
            otel ->
                new HandTracedOrders(otel.getTracer(BenchmarkSdk.SCOPE))
                    .priceLater(orderId, lines)),
        "TracedOrders.priceLater");

    SetupChecks.requireOneSpan(
        SetupChecks.spansOf(
            otel -> {
              AroundSpanAspect.use(otel.getTracer(BenchmarkSdk.SCOPE));
              aroundAdvice.price(orderId, lines);
            }),
        "TracedOrders.price");

    sdk = new MeasuredSdk(processor);
    handWritten = new HandTracedOrders(sdk.tracer());
    AroundSpanAspect.use(sdk.tracer());
  }

  /** Reports how many spans reached the exporter, then shuts the SDK down. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
  }

  /** The body alone, untraced. */
  @Benchmark
  public int plain() {
    return plain.price(orderId, lines);
  }

  /** Woven {@code @Trace} with two {@code @SpanTag} parameters. */
  @Benchmark
  public int woven() {
    return traced.price(orderId, lines);
  }

  /** The same span made with the OpenTelemetry API by hand. */
  @Benchmark
  public int handWritten() {
    return handWritten.price(orderId, lines);
  }

  /**
   * The peers' design, the same span from an annotation-style {@code @Around} advice with a {@code
   * ProceedingJoinPoint} ({@link AroundSpanAspect}), woven by ajc like weftrace's.
   */
  @Benchmark
  public int aroundAdvice() {
    return aroundAdvice.price(orderId, lines);
  }

  /** The body returning a completed future, untraced. */
  @Benchmark
  public CompletableFuture<Integer> plainAsync() {
    return plain.priceLater(orderId, lines);
  }

  /** Woven, returning a completed future: the span ends in a completion callback. */
  @Benchmark
  public CompletableFuture<Integer> wovenAsync() {
    return traced.priceLater(orderId, lines);
  }

  /** The same by hand: the span ends in {@code whenComplete}. */
  @Benchmark
  public CompletableFuture<Integer> handWrittenAsync() {
    return handWritten.priceLater(orderId, lines);
  }
}
