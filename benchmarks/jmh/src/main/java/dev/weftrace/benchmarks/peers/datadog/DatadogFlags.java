package dev.weftrace.benchmarks.peers.datadog;

/**
 * The JVM flags of every fork under the Datadog agent 1.68.1, as compile-time constants for JMH's
 * {@code @Fork}: the sink on loopback, started first ({@link SinkAgent}), the agent jar (copied by
 * the build; both paths are relative to the repository root, where the script runs), and the
 * agent's background chatter that a trace benchmark does not need turned off (telemetry, remote
 * configuration, JMX metrics, start-up log). Everything it sends goes to 127.0.0.1.
 */
final class DatadogFlags {

  /** Starts the sink ({@link SinkAgent}); must come before {@link #AGENT}. */
  static final String SINK = "-javaagent:benchmarks/jmh/target/benchmarks.jar";

  static final String AGENT = "-javaagent:benchmarks/jmh/target/agents/dd-java-agent.jar";
  static final String URL = "-Ddd.trace.agent.url=http://127.0.0.1:" + SinkAgent.PORT;
  static final String HOST = "-Ddd.agent.host=127.0.0.1";
  static final String SERVICE = "-Ddd.service=weftrace-benchmarks";
  static final String NO_TELEMETRY = "-Ddd.instrumentation.telemetry.enabled=false";
  static final String NO_REMOTE_CONFIG = "-Ddd.remote_config.enabled=false";
  static final String NO_JMXFETCH = "-Ddd.jmxfetch.enabled=false";
  static final String NO_STARTUP_LOG = "-Ddd.trace.startup.logs=false";

  private DatadogFlags() {}
}
