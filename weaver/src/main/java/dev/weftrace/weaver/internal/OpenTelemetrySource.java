package dev.weftrace.weaver.internal;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;

/**
 * Where the OpenTelemetry bridge gets its {@link Tracer}: an instance handed over in code, else
 * {@link GlobalOpenTelemetry} as the application has set it.
 *
 * <p>Resolved on each call, not once, so that an SDK registered after the first traced call (in
 * {@code main}, in a test's setup) is still picked up. Until something is registered, spans go to
 * a no-op tracer <em>without</em> calling {@link GlobalOpenTelemetry#get()}, which would register
 * the no-op for good and make the application's own later {@code set} fail. Once a global is seen,
 * the check is a volatile read and an identity comparison.
 */
final class OpenTelemetrySource {

  static final OpenTelemetrySource INSTANCE = new OpenTelemetrySource(autoConfigureRequested());

  static final String SCOPE_NAME = "dev.weftrace";

  private static final Tracer NOOP = OpenTelemetry.noop().getTracer(SCOPE_NAME);

  /**
   * Whether {@link #NOOP} really does nothing. Under the Datadog agent with its OpenTelemetry
   * support on, even {@code OpenTelemetry.noop()} hands out the agent's live tracer.
   */
  private static final boolean NOOP_INERT =
      NOOP.getClass().getName().equals("io.opentelemetry.api.trace.DefaultTracer");

  private final boolean globalAutoConfigure;
  private volatile OpenTelemetry explicit;
  private volatile boolean globalSeen;
  private volatile Resolved resolved;

  OpenTelemetrySource(boolean globalAutoConfigure) {
    this.globalAutoConfigure = globalAutoConfigure;
  }

  /** Uses {@code openTelemetry} from now on; {@code null} goes back to the global instance. */
  void use(OpenTelemetry openTelemetry) {
    explicit = openTelemetry;
  }

  /**
   * Whether {@code tracer} is OpenTelemetry's no-op tracer: no SDK, so a span would record nothing
   * and its context would only repeat the caller's. {@code OpenTelemetry.noop()} hands out one
   * shared instance, whatever the scope name; an agent that serves the API may replace it.
   */
  static boolean isNoop(Tracer tracer) {
    return NOOP_INERT && tracer == NOOP;
  }

  Tracer tracer() {
    OpenTelemetry otel = explicit;
    if (otel == null) {
      if (!globalSeen) {
        if (!globalAutoConfigure && !GlobalOpenTelemetry.isSet()) {
          return NOOP;
        }
        globalSeen = true;
      }
      otel = GlobalOpenTelemetry.get();
    }
    Resolved current = resolved;
    if (current == null || current.openTelemetry != otel) {
      String version = OpenTelemetrySource.class.getPackage().getImplementationVersion();
      Tracer tracer =
          version == null ? otel.getTracer(SCOPE_NAME) : otel.getTracer(SCOPE_NAME, version);
      current = new Resolved(otel, tracer);
      resolved = current;
    }
    return current.tracer;
  }

  /** With OpenTelemetry's own switch on, {@code GlobalOpenTelemetry.get()} configures the SDK. */
  private static boolean autoConfigureRequested() {
    String property = System.getProperty("otel.java.global-autoconfigure.enabled");
    String value =
        property != null ? property : System.getenv("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED");
    return Boolean.parseBoolean(value);
  }

  private static final class Resolved {
    final OpenTelemetry openTelemetry;
    final Tracer tracer;

    Resolved(OpenTelemetry openTelemetry, Tracer tracer) {
      this.openTelemetry = openTelemetry;
      this.tracer = tracer;
    }
  }
}
