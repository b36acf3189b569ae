package dev.weftrace.weaver.internal.otel;

import dev.weftrace.weaver.internal.Settings;
import dev.weftrace.weaver.internal.TracerRegistry;
import dev.weftrace.weaver.internal.check.UnroutedSpans;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;

/**
 * Where the OpenTelemetry bridge gets its {@link Tracer}: an instance handed over (by {@code
 * Weftrace.useOpenTelemetry} or a framework integration, see {@link TracerRegistry}), or {@link
 * GlobalOpenTelemetry} as the application has set it.
 */
public abstract class OpenTelemetrySource {

  static final String SCOPE_NAME = "dev.weftrace";

  /** The global instance, as {@code otel.java.global-autoconfigure.enabled} says to find it. */
  public static final Global GLOBAL = new Global(autoConfigureRequested());

  private static final Tracer NOOP = OpenTelemetry.noop().getTracer(SCOPE_NAME);

  /**
   * Whether {@link #NOOP} really does nothing. Under the Datadog agent with its OpenTelemetry
   * support on, even {@code OpenTelemetry.noop()} hands out the agent's live tracer.
   */
  private static final boolean NOOP_INERT =
      NOOP.getClass().getName().equals("io.opentelemetry.api.trace.DefaultTracer");

  /** The tracer for the next span; OpenTelemetry's no-op tracer while there is none. */
  abstract Tracer tracer();

  /** A source that always answers with {@code openTelemetry}'s tracer. */
  public static OpenTelemetrySource of(OpenTelemetry openTelemetry) {
    return new Fixed(openTelemetry);
  }

  /**
   * Whether {@code tracer} is OpenTelemetry's no-op tracer: no SDK, so a span would record nothing
   * and its context would only repeat the caller's. {@code OpenTelemetry.noop()} hands out one
   * shared instance, whatever the scope name; an agent that serves the API may replace it.
   */
  static boolean isNoop(Tracer tracer) {
    return NOOP_INERT && tracer == NOOP;
  }

  /** weftrace's tracer from {@code openTelemetry}, with weftrace's version when known. */
  static Tracer tracerOf(OpenTelemetry openTelemetry) {
    String version = OpenTelemetrySource.class.getPackage().getImplementationVersion();
    return version == null
        ? openTelemetry.getTracer(SCOPE_NAME)
        : openTelemetry.getTracer(SCOPE_NAME, version);
  }

  /** With OpenTelemetry's own switch on, {@code GlobalOpenTelemetry.get()} configures the SDK. */
  private static boolean autoConfigureRequested() {
    return Boolean.parseBoolean(
        Settings.read(
            "otel.java.global-autoconfigure.enabled", "OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED"));
  }

  /**
   * An instance handed over: its tracer, resolved at the first traced call rather than when handed
   * over, so that a tracer provider that throws fails inside a traced call (where the failure is
   * caught and reported), never in the application's own call that hands it over.
   */
  private static final class Fixed extends OpenTelemetrySource {
    private final OpenTelemetry openTelemetry;
    private volatile Tracer tracer;

    Fixed(OpenTelemetry openTelemetry) {
      this.openTelemetry = openTelemetry;
    }

    @Override
    Tracer tracer() {
      Tracer resolved = tracer;
      if (resolved == null) {
        resolved = tracerOf(openTelemetry);
        tracer = resolved;
      }
      return resolved;
    }
  }

  /**
   * {@link GlobalOpenTelemetry}, resolved on each call rather than once, so that an SDK registered
   * after the first traced call (in {@code main}, in a test's setup) is still picked up. Until
   * something is registered, spans go to a no-op tracer <em>without</em> calling {@link
   * GlobalOpenTelemetry#get()} (see {@link GlobalOpenTelemetryProbe}), and {@link UnroutedSpans}
   * hears of it so that spans cannot vanish unexplained. Once a global is seen, the check is a
   * volatile read and an identity comparison.
   */
  public static final class Global extends OpenTelemetrySource {
    private final boolean autoConfigure;
    private volatile boolean globalSeen;
    private volatile Resolved resolved;

    Global(boolean autoConfigure) {
      this.autoConfigure = autoConfigure;
    }

    /** Whether a global instance has been seen or is registered now. */
    public boolean registered() {
      return globalSeen || autoConfigure || GlobalOpenTelemetryProbe.isSet();
    }

    @Override
    Tracer tracer() {
      if (!globalSeen) {
        if (!autoConfigure && !GlobalOpenTelemetryProbe.isSet()) {
          UnroutedSpans.noteCall();
          return NOOP;
        }
        globalSeen = true;
      }
      OpenTelemetry otel = GlobalOpenTelemetry.get();
      Resolved current = resolved;
      if (current == null || current.openTelemetry != otel) {
        current = new Resolved(otel, tracerOf(otel));
        resolved = current;
      }
      return current.tracer;
    }
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
