package dev.weftrace.benchmarks.peers.datadog;

import datadog.trace.api.GlobalTracer;
import datadog.trace.api.internal.InternalTracer;
import dev.weftrace.testing.datadog.FakeDatadogIntake;
import dev.weftrace.testing.datadog.WireSpan;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * One trial under the Datadog agent: the sink the agent sends to ({@link SinkAgent}), and the
 * checks that the agent is really tracing. Setup proves, span by span, that a measured method made
 * the span expected (it reached the sink, decoded); the end of the trial proves that the agent kept
 * making and sending traces while the benchmark ran.
 */
final class DatadogTrial implements AutoCloseable {

  /** Fewer traces than this reaching the sink in a whole trial means the agent did not trace. */
  static final long MIN_TRACES = 1_000;

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final FakeDatadogIntake sink;

  private DatadogTrial(FakeDatadogIntake sink) {
    this.sink = sink;
  }

  /** Fails unless the Datadog agent is attached and the sink it sends to was started before it. */
  static DatadogTrial start() {
    tracer();
    return new DatadogTrial(SinkAgent.sink());
  }

  /**
   * Runs {@code call}, has the agent flush synchronously, and returns the first span reaching the
   * sink that {@code expected} accepts; fails, listing what did arrive, if none does.
   */
  WireSpan requireSpan(String what, Runnable call, Predicate<WireSpan> expected) {
    sink.bodies(FakeDatadogIntake.Bodies.DECODE);
    try {
      call.run();
      tracer().flush();
      WireSpan span = sink.awaitSpan(expected, WAIT);
      if (span == null) {
        throw new IllegalStateException(
            "no span "
                + what
                + " reached the sink within "
                + WAIT
                + "; requests: "
                + sink.requests()
                + "; spans: "
                + sink.spans()
                + "; problems: "
                + sink.problems());
      }
      return span;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      sink.bodies(FakeDatadogIntake.Bodies.DRAIN);
    }
  }

  /**
   * Fails unless the agent asked the sink's {@code /info} and sent traces to {@code /v0.4/traces},
   * as it does with a real Datadog Agent (not the fallback it takes when {@code /info} fails).
   */
  void requireCurrentEndpoint() {
    if (!sink.received("GET /info") || !sink.received("PUT /v0.4/traces")) {
      throw new IllegalStateException(
          "the agent did not use /info and /v0.4/traces; requests: " + sink.requests());
    }
  }

  /**
   * Flushes, and fails unless at least {@link #MIN_TRACES} traces reached the sink. The sink itself
   * runs until the JVM exits, so that the agent's last flush still finds it.
   */
  @Override
  public void close() {
    tracer().flush();
    long traces = sink.traces();
    System.out.println(
        "traces received by the sink in this trial: " + traces + "; requests: " + sink.requests());
    if (traces < MIN_TRACES) {
      throw new IllegalStateException(
          "only " + traces + " traces reached the sink: the agent did not trace the benchmark");
    }
  }

  private static InternalTracer tracer() {
    datadog.trace.api.Tracer tracer = GlobalTracer.get();
    if (tracer instanceof InternalTracer internal) {
      return internal;
    }
    throw new IllegalStateException(
        "the Datadog agent is not attached: GlobalTracer is " + tracer.getClass().getName());
  }
}
