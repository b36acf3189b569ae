package dev.weftrace.benchmarks.peers;

import dev.weftrace.benchmarks.peers.spring.SpringOrders;
import dev.weftrace.benchmarks.peers.spring.SpringProxies;
import dev.weftrace.benchmarks.runtime.BenchmarkSdk;
import dev.weftrace.benchmarks.runtime.HandTracedOrders;
import dev.weftrace.benchmarks.runtime.MeasuredSdk;
import dev.weftrace.benchmarks.runtime.SetupChecks;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process cases of the comparison with the peers, all on one OpenTelemetry SDK ({@link
 * BenchmarkSdk}) in a JVM without an agent: weftrace woven (the reference every ratio is taken
 * against), the same span by hand with the OpenTelemetry API (runtime's {@link HandTracedOrders}),
 * a Spring AOP proxy with an {@code @Around} aspect ({@link SpringProxies}), and the untraced body.
 * JMH runs each method in a JVM of its own.
 *
 * <p>Setup checks that {@link WeftraceOrders} was woven, that the Spring proxy is a proxy and was
 * not woven by ajc, and, on an SDK that keeps spans, that the woven, hand-written and proxied
 * methods each make exactly one ended span with both attributes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SdkPeersBenchmark {

  private String orderId = Workload.ORDER_ID;
  private int lines = Workload.LINES;
  private final WeftraceOrders woven = new WeftraceOrders();
  private HandTracedOrders handWritten;
  private SpringOrders springProxy;
  private MeasuredSdk sdk;

  /** Checks every instrumentation, then points all of them at one fresh SDK. */
  @Setup(Level.Trial)
  public void setUp() {
    SetupChecks.requireWoven(WeftraceOrders.class);
    SetupChecks.requireOneSpan(
        SetupChecks.spansOf(otel -> woven.price(orderId, lines)), "WeftraceOrders.price");
    SetupChecks.requireOneSpan(
        SetupChecks.spansOf(
            otel -> new HandTracedOrders(otel.getTracer(BenchmarkSdk.SCOPE)).price(orderId, lines)),
        "TracedOrders.price");
    SetupChecks.requireOneSpan(
        SetupChecks.spansOf(
            otel -> SpringProxies.orders(otel.getTracer(BenchmarkSdk.SCOPE)).price(orderId, lines)),
        "SpringOrders.price");

    sdk = new MeasuredSdk("simple");
    Tracer tracer = sdk.tracer();
    handWritten = new HandTracedOrders(tracer);
    springProxy = SpringProxies.orders(tracer);
    Workload.requireQuote(woven.price(orderId, lines));
    Workload.requireQuote(handWritten.price(orderId, lines));
    Workload.requireQuote(springProxy.price(orderId, lines));
  }

  /** Reports how many spans reached the exporter, then shuts the SDK down. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
  }

  /** The body alone, untraced. */
  @Benchmark
  public int plain() {
    return Workload.quote(orderId, lines);
  }

  /** weftrace: woven {@code @Trace} with two {@code @SpanTag} parameters. */
  @Benchmark
  public int weftrace() {
    return woven.price(orderId, lines);
  }

  /** The same span by hand with the OpenTelemetry API: the in-JVM reference. */
  @Benchmark
  public int handWritten() {
    return handWritten.price(orderId, lines);
  }

  /** A Spring AOP proxy whose {@code @Around} aspect makes the span. */
  @Benchmark
  public int springAop() {
    return springProxy.price(orderId, lines);
  }
}
