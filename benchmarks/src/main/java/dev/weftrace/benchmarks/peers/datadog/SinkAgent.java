package dev.weftrace.benchmarks.peers.datadog;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Starts the {@link DatadogSink} of a fork before the Datadog agent starts: benchmarks.jar names
 * this class as its {@code Premain-Class}, and the forks under the Datadog agent give {@code
 * -javaagent:benchmarks/target/benchmarks.jar} before {@code -javaagent:dd-java-agent.jar}, and the
 * JVM runs agents in that order. The Datadog agent asks the sink's {@code /info} as it starts and,
 * if nothing answers then, falls back to the older {@code /v0.3/traces} endpoint for good, so a
 * sink started by the benchmark's own setup would come too late.
 */
public final class SinkAgent {

  private static DatadogSink sink;

  private SinkAgent() {}

  /** Starts the sink on 127.0.0.1:{@value DatadogSink#PORT}. */
  public static void premain(String arguments) {
    try {
      sink = DatadogSink.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Datadog sink on port " + DatadogSink.PORT, e);
    }
  }

  /** The sink started before the Datadog agent; fails if this JVM did not start one. */
  static DatadogSink sink() {
    if (sink == null) {
      throw new IllegalStateException(
          "no Datadog sink in this JVM: start it with " + DatadogFlags.SINK + " before the Datadog agent");
    }
    return sink;
  }
}
