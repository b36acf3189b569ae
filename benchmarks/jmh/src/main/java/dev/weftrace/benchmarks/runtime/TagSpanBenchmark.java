package dev.weftrace.benchmarks.runtime;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.ReadableSpan;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call cost of a woven {@code @TagSpan} method with two {@code @SpanTag} parameters, against
 * the same two attributes set by hand on {@link Span#current()}, and against the body alone. A span
 * of the SDK, started by hand, is current on the benchmark thread for the whole trial, as a web
 * framework's request span is during a request; setup checks that both ways tag it.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Ten one-second warm-up iterations, still a fifth of JMH's default: with five, the woven method
// reached its compiled steady state only after the first measured iterations in some forks.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TagSpanBenchmark {

  private String orderId = Inputs.ORDER_ID;
  private int lines = Inputs.LINES;
  private final PlainOrders plain = new PlainOrders();
  private final TaggedOrders tagged = new TaggedOrders();
  private final HandTaggedOrders handWritten = new HandTaggedOrders();
  private MeasuredSdk sdk;
  private Span request;
  private Scope scope;

  /** Registers the SDK, makes a request span current, and checks that both ways tag it. */
  @Setup(Level.Trial)
  public void setUp() {
    SetupChecks.requireWoven(TaggedOrders.class);
    sdk = new MeasuredSdk("simple");
    request = sdk.tracer().spanBuilder("request").startSpan();
    scope = request.makeCurrent();
    requireTagged(() -> tagged.price(orderId, lines), "woven @TagSpan");
    requireTagged(() -> handWritten.price(orderId, lines), "hand-written");
  }

  /** Ends the request span and stops using the SDK. */
  @TearDown(Level.Trial)
  public void tearDown() {
    scope.close();
    request.end();
    sdk.close();
  }

  /** The body alone. */
  @Benchmark
  public int plain() {
    return plain.price(orderId, lines);
  }

  /** Woven {@code @TagSpan}: two tags on the current span. */
  @Benchmark
  public int woven() {
    return tagged.price(orderId, lines);
  }

  /** The same two attributes by hand on {@code Span.current()}. */
  @Benchmark
  public int handWritten() {
    return handWritten.price(orderId, lines);
  }

  private void requireTagged(IntSupplier call, String what) {
    ReadableSpan span = (ReadableSpan) request;
    String marker = "check-" + what;
    String saved = orderId;
    orderId = marker;
    try {
      if (call.getAsInt() != Pricing.quote(marker, lines)) {
        throw new IllegalStateException(what + " changed the result");
      }
    } finally {
      orderId = saved;
    }
    if (!marker.equals(span.getAttribute(AttributeKey.stringKey("order.id")))
        || span.getAttribute(AttributeKey.longKey("order.lines")) == null) {
      throw new IllegalStateException(what + " did not tag the current span: " + span.toSpanData());
    }
  }
}
