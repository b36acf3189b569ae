package dev.weftrace.benchmarks.peers.datadog;

import dev.weftrace.testing.datadog.FakeDatadogIntake;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Starts the trace sink of a fork before the Datadog agent starts: a {@link FakeDatadogIntake} on
 * 127.0.0.1:{@value #PORT} inside the benchmark's own JVM, counting the traces by the agent's own
 * header without reading their bodies, so that the measured JVM spends no time on them.
 * benchmarks.jar names this class as its {@code Premain-Class}, and the forks under the Datadog
 * agent give {@code -javaagent:benchmarks.jar} before {@code -javaagent:dd-java-agent.jar}, and the
 * JVM runs agents in that order. The Datadog agent asks the sink's {@code /info} as it starts and,
 * if nothing answers then, falls back to the older {@code /v0.3/traces} endpoint for good, so a
 * sink started by the benchmark's own setup would come too late. The sink runs until the JVM exits,
 * so that the agent's last flush still finds it.
 */
public final class SinkAgent {

  /** The fixed loopback port of the sink; the forks' {@code -Ddd.trace.agent.url} names it. */
  static final int PORT = 18126;

  private static FakeDatadogIntake sink;

  private SinkAgent() {}

  /** Starts the sink on 127.0.0.1:{@value #PORT}. */
  public static void premain(String arguments) {
    try {
      sink = FakeDatadogIntake.start(PORT, FakeDatadogIntake.Bodies.DRAIN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Datadog sink on port " + PORT, e);
    }
  }

  /** The sink started before the Datadog agent; fails if this JVM did not start one. */
  static FakeDatadogIntake sink() {
    if (sink == null) {
      throw new IllegalStateException(
          "no Datadog sink in this JVM: start it with "
              + DatadogFlags.SINK
              + " before the Datadog agent");
    }
    return sink;
  }
}
