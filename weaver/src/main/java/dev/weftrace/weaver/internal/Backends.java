package dev.weftrace.weaver.internal;

import dev.weftrace.weaver.internal.opentracing.OpenTracingBridge;
import dev.weftrace.weaver.internal.otel.OpenTelemetryBridge;
import dev.weftrace.weaver.internal.otel.OpenTelemetrySource;
import dev.weftrace.weaver.internal.slf4j.LogCorrelation;
import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Chooses the tracer API that woven methods make spans with, once, at the first traced call:
 *
 * <ul>
 *   <li>{@code weftrace.backend=otel|opentracing|datadog} (or {@code WEFTRACE_BACKEND}) decides;
 *   <li>otherwise, under the Datadog Java agent: OpenTracing's {@code GlobalTracer}, which the
 *       agent registers by itself, if {@code opentracing-util} is on the class path (the agent's
 *       cheaper API), else the OpenTelemetry API if the agent's OpenTelemetry support is on ({@code
 *       dd.trace.otel.enabled=true});
 *   <li>otherwise the OpenTelemetry API.
 * </ul>
 *
 * <p>Under the Datadog agent (or with {@code weftrace.backend=datadog}) the bridges follow
 * Datadog's conventions; see {@link SpanConventions}. One line says what was chosen and why (INFO
 * under a Datadog agent, DEBUG otherwise; see {@link #levelOf}); a setup that would drop every span
 * gets one WARNING saying what to set.
 */
final class Backends {

  static final String PROPERTY = "weftrace.backend";
  static final String ENVIRONMENT = "WEFTRACE_BACKEND";

  /** Turns on MDC log correlation (see {@link LogCorrelation}); off by default. */
  static final String MDC_PROPERTY = "weftrace.mdc";

  static final String MDC_ENVIRONMENT = "WEFTRACE_MDC";

  private static final System.Logger LOG = System.getLogger("dev.weftrace");
  private static final String DATADOG_AGENT = "datadog.trace.bootstrap.AgentBootstrap";
  private static final String OPENTRACING = "io.opentracing.util.GlobalTracer";
  private static final String SLF4J_MDC = "org.slf4j.MDC";

  private Backends() {}

  /** The environment the choice depends on, read from this JVM. */
  record Environment(
      String requested,
      boolean datadogAgent,
      boolean datadogOtel,
      boolean openTracing,
      boolean mdcRequested,
      boolean slf4j) {

    static Environment current() {
      ClassLoader own = Backends.class.getClassLoader();
      return new Environment(
          Settings.read(PROPERTY, ENVIRONMENT),
          Settings.present(DATADOG_AGENT, ClassLoader.getSystemClassLoader()),
          Boolean.parseBoolean(Settings.read("dd.trace.otel.enabled", "DD_TRACE_OTEL_ENABLED")),
          Settings.present(OPENTRACING, own),
          Boolean.parseBoolean(Settings.read(MDC_PROPERTY, MDC_ENVIRONMENT)),
          Settings.present(SLF4J_MDC, own));
    }
  }

  /** What to build: which API, with which conventions, and the sentence that explains it. */
  record Choice(
      String api, boolean datadog, boolean logCorrelation, String reason, String warning) {}

  /** Decides the API for this JVM and logs the choice. */
  static Choice select() {
    Environment env = Environment.current();
    Choice choice = choose(env);
    LOG.log(
        levelOf(choice),
        "weftrace: spans go through the " + choice.api() + " API (" + choice.reason() + ")");
    if (choice.warning() != null) {
      LOG.log(Level.WARNING, "weftrace: " + choice.warning());
    }
    String mdcWarning = mdcWarning(env);
    if (mdcWarning != null) {
      LOG.log(Level.WARNING, "weftrace: " + mdcWarning);
    }
    return choice;
  }

  /**
   * The bridge for {@code choice}: OpenTracing's {@code GlobalTracer}, or the OpenTelemetry API on
   * the tracers of {@code source}.
   */
  static TracerBridge bridge(Choice choice, OpenTelemetrySource source) {
    if (choice.api().equals("OpenTracing")) {
      return new OpenTracingBridge(
          choice.datadog() ? StartTags.DATADOG_OPENTRACING : StartTags.OPEN_TELEMETRY);
    }
    return new OpenTelemetryBridge(
        source,
        choice.datadog() ? StartTags.DATADOG : StartTags.OPEN_TELEMETRY,
        choice.logCorrelation() ? LogCorrelation.create() : LogCorrelation.NONE);
  }

  /**
   * INFO under a Datadog agent, where the choice depends on the agent's own settings and is worth
   * seeing in the log; DEBUG for the plain OpenTelemetry path, which needs no explaining. Keeping
   * that line out of a default log also keeps the JDK's log formatting (dates, time zones, caller
   * lookup: about 50 ms measured by the start-up benchmark) out of the first traced call.
   */
  static Level levelOf(Choice choice) {
    return choice.datadog() ? Level.INFO : Level.DEBUG;
  }

  /** The decision alone, for tests. */
  static Choice choose(Environment env) {
    String requested =
        env.requested() == null ? "" : env.requested().trim().toLowerCase(Locale.ROOT);
    // Only on request: with Logback, keeping the MDC up to date costs about as much per call as
    // the span itself (runtime benchmark with Logback on the class path: 1.95x hand-written).
    // The Datadog agent correlates logs itself.
    boolean mdc = env.mdcRequested() && env.slf4j() && !env.datadogAgent();
    switch (requested) {
      case "otel":
        return new Choice("OpenTelemetry", env.datadogAgent(), mdc, PROPERTY + "=otel", null);
      case "opentracing":
        return new Choice(
            "OpenTracing",
            env.datadogAgent(),
            false,
            PROPERTY + "=opentracing",
            env.openTracing() ? null : missingOpenTracing(PROPERTY + "=opentracing"));
      case "datadog":
        return underDatadog(env, PROPERTY + "=datadog");
      case "":
        break;
      default:
        return new Choice(
            "OpenTelemetry",
            env.datadogAgent(),
            mdc,
            "the default",
            "unknown " + PROPERTY + " '" + env.requested() + "': use otel, opentracing or datadog");
    }
    if (!env.datadogAgent()) {
      return new Choice(
          "OpenTelemetry", false, mdc, "the default: no Datadog agent in this JVM", null);
    }
    return underDatadog(env, "Datadog agent");
  }

  /**
   * The API for Datadog, agent present or asked for by {@code weftrace.backend=datadog} ({@code
   * why} opens the reason). Its OpenTracing tracer is the cheaper of the agent's two APIs (peers
   * benchmark: about 0.9x the agent's own {@code @Trace} per call, against 1.4x through its
   * OpenTelemetry shim), and spans made through it chain with the application's OpenTelemetry spans
   * (e2e {@code MixedApisOnTheWireTest}); so it wins whenever opentracing-util is there.
   */
  private static Choice underDatadog(Environment env, String why) {
    if (env.openTracing()) {
      return new Choice(
          "OpenTracing",
          true,
          false,
          why + ": its OpenTracing GlobalTracer, the cheaper of its APIs",
          null);
    }
    if (env.datadogOtel()) {
      return new Choice(
          "OpenTelemetry",
          true,
          false,
          why + " with dd.trace.otel.enabled=true, no io.opentracing:opentracing-util",
          null);
    }
    return new Choice("OpenTelemetry", true, false, why + ", nothing better available", otelOff());
  }

  /** Why a requested MDC correlation will not happen, or {@code null}. */
  static String mdcWarning(Environment env) {
    if (!env.mdcRequested()) {
      return null;
    }
    if (!env.slf4j()) {
      return MDC_PROPERTY
          + "=true, but SLF4J (org.slf4j.MDC) is not on the class path: no log"
          + " correlation.";
    }
    if (env.datadogAgent()) {
      return MDC_PROPERTY
          + "=true is ignored under the Datadog agent, which puts trace ids into"
          + " logs itself (dd.logs.injection).";
    }
    return null;
  }

  private static String otelOff() {
    return "the Datadog agent is running with its OpenTelemetry support off, so spans made through"
        + " the OpenTelemetry API are dropped: start the JVM with -Ddd.trace.otel.enabled=true"
        + " (or DD_TRACE_OTEL_ENABLED=true), or add io.opentracing:opentracing-util to the"
        + " application so that weftrace can use the agent's OpenTracing tracer.";
  }

  private static String missingOpenTracing(String why) {
    return why
        + " but io.opentracing:opentracing-util is not on the class path: every span will fail."
        + " Add the dependency, or choose another backend.";
  }
}
