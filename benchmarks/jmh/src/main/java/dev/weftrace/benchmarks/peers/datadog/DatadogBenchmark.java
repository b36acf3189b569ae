package dev.weftrace.benchmarks.peers.datadog;

import dev.weftrace.benchmarks.peers.WeftraceOrders;
import dev.weftrace.benchmarks.peers.Workload;
import dev.weftrace.benchmarks.runtime.SetupChecks;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
 * What the subclasses measure under the Datadog agent, each in JVMs started with its own flags: the
 * agent's own {@code @datadog.trace.api.Trace} ({@link DatadogOrders}, no tags), and weftrace's
 * woven {@code @Trace} with two tags ({@link WeftraceOrders}) through the API the subclass chooses.
 *
 * <p>Setup fails unless {@link WeftraceOrders} was woven, the agent is attached, and one call of
 * each measured method delivers to the sink ({@link SinkAgent}) the span expected: for the agent's
 * {@code @Trace}, operation {@code trace.annotation} on resource {@code DatadogOrders.price}; for
 * weftrace, resource {@code WeftraceOrders.price} with {@code order.id} and {@code order.lines},
 * marked by the agent as made through the API the subclass names ({@code _dd.integration}). The end
 * of the trial fails unless the agent kept sending traces while the benchmark ran.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class DatadogBenchmark {

  String orderId = Workload.ORDER_ID;
  int lines = Workload.LINES;
  private final DatadogOrders agentTraced = new DatadogOrders();
  private final WeftraceOrders woven = new WeftraceOrders();
  DatadogTrial trial;

  /**
   * The value of meta tag {@code _dd.integration} that the agent puts on spans made through the API
   * weftrace uses in this JVM.
   */
  abstract String weftraceIntegration();

  /** Prepares and checks the subclass's hand-written reference, once {@link #trial} is running. */
  abstract void setUpReference();

  /** Checks weaving, the agent, its endpoint, and one span of each measured method on the wire. */
  @Setup(Level.Trial)
  public void setUp() {
    SetupChecks.requireWoven(WeftraceOrders.class);
    trial = DatadogTrial.start();
    trial.requireSpan(
        "trace.annotation DatadogOrders.price",
        () -> Workload.requireQuote(agentTraced.price(orderId, lines)),
        span ->
            "trace.annotation".equals(span.name())
                && "DatadogOrders.price".equals(span.resource()));
    trial.requireCurrentEndpoint();
    trial.requireSpan(
        "WeftraceOrders.price with both tags, through " + weftraceIntegration(),
        () -> Workload.requireQuote(woven.price(orderId, lines)),
        span ->
            "WeftraceOrders.price".equals(span.resource())
                && Workload.ORDER_ID.equals(span.meta().get("order.id"))
                && Objects.equals((double) Workload.LINES, span.metrics().get("order.lines"))
                && weftraceIntegration().equals(span.meta().get("_dd.integration")));
    setUpReference();
  }

  /** Fails unless the agent kept sending traces to the sink. */
  @TearDown(Level.Trial)
  public void tearDown() {
    trial.close();
  }

  /** The agent's own {@code @Trace}: a span without tags. */
  @Benchmark
  public int agentTrace() {
    return agentTraced.price(orderId, lines);
  }

  /** weftrace's woven {@code @Trace} with two {@code @SpanTag} parameters, under the agent. */
  @Benchmark
  public int weftrace() {
    return woven.price(orderId, lines);
  }
}
