package dev.weftrace.weaver.internal;

import dev.weftrace.weaver.internal.check.UnroutedSpans;
import dev.weftrace.weaver.internal.otel.OpenTelemetrySource;
import io.opentelemetry.api.OpenTelemetry;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which tracer woven calls use now, and how applications and framework integrations hand theirs
 * over. Not public API: {@code weftrace-spring-boot} and {@code Weftrace} call it.
 *
 * <p>In order of precedence:
 *
 * <ol>
 *   <li>an instance given to {@code Weftrace.useOpenTelemetry}: the application said so;
 *   <li>the newest still-open registration of a framework integration ({@link #register}): Spring
 *       Boot's {@code OpenTelemetry} bean, or a Micrometer Tracing tracer. Closing a registration
 *       (its application context closed) brings back the one before, so a restarted context never
 *       leaves weftrace on a closed tracer, and contexts cached side by side by Spring's test
 *       support each get theirs while they are the newest;
 *   <li>the backend {@link Backends} chose for the JVM: {@code GlobalOpenTelemetry}, or the Datadog
 *       agent's tracer.
 * </ol>
 *
 * <p>The Datadog agent wins over framework registrations: when {@link Backends} sends spans to
 * Datadog, or the application asked for OpenTracing, registrations are taken but not used, with one
 * INFO line saying so. The current bridge is one volatile field, read once per traced call.
 */
public final class TracerRegistry {

  /**
   * weftrace-spring-boot's auto-configuration, which reports each context it starts ({@link
   * #frameworkStarting}, {@link #frameworkStarted}). When it is on the class path, spans that go
   * nowhere outside such a context (a test slice) are no-ops on purpose, not a setup to warn about.
   */
  public static final String SPRING_BOOT_AUTO_CONFIGURATION =
      "dev.weftrace.spring.boot.WeftraceAutoConfiguration";

  private static final System.Logger LOG = System.getLogger("dev.weftrace");

  private static final Backends.Choice CHOICE = Backends.select();
  private static final TracerBridge DEFAULT = Backends.bridge(CHOICE, OpenTelemetrySource.GLOBAL);

  private static final Object LOCK = new Object();

  /** Open framework registrations, oldest first. Guarded by {@link #LOCK}. */
  private static final List<Entry> REGISTERED = new ArrayList<>();

  /** From {@code Weftrace.useOpenTelemetry}, or {@code null}. Guarded by {@link #LOCK}. */
  private static TracerBridge explicit;

  private static boolean ignoredLogged;

  private static volatile TracerBridge current = DEFAULT;

  private TracerRegistry() {}

  /** A tracer handed over by a framework, in use until closed (or a newer one is registered). */
  public interface Registration extends AutoCloseable {
    /** Stops using this tracer; the previous registration, if still open, applies again. */
    @Override
    void close();
  }

  /** The bridge for the next traced call. */
  static TracerBridge current() {
    return current;
  }

  /**
   * Uses {@code openTelemetry} from the next call on, over anything a framework registered; {@code
   * null} goes back to those, or to the global instance.
   */
  static void useOpenTelemetry(OpenTelemetry openTelemetry) {
    synchronized (LOCK) {
      explicit =
          openTelemetry == null
              ? null
              : Backends.bridge(CHOICE, OpenTelemetrySource.of(openTelemetry));
      update();
    }
  }

  /**
   * Hands weftrace an application's {@link OpenTelemetry}, as a framework integration found it
   * (named by {@code framework}, for the log). The newest open registration is used.
   */
  public static Registration register(OpenTelemetry openTelemetry, String framework) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    return register(
        Backends.bridge(CHOICE, OpenTelemetrySource.of(openTelemetry)),
        framework,
        "OpenTelemetry " + openTelemetry.getClass().getSimpleName());
  }

  /**
   * Registers a bridge to another tracer API (see {@code internal.micrometer.MicrometerTracers}),
   * with the rules of {@link #register(OpenTelemetry, String)}; {@code what} names it in the log.
   */
  public static Registration register(TracerBridge bridge, String framework, String what) {
    Objects.requireNonNull(bridge, "bridge");
    if (!usesRegistrations()) {
      logIgnored(framework, what);
      return () -> {};
    }
    Entry entry = new Entry(bridge);
    synchronized (LOCK) {
      REGISTERED.add(entry);
      update();
    }
    LOG.log(Level.DEBUG, "weftrace: spans go to the " + what + " that " + framework + " provides");
    return entry;
  }

  /**
   * A framework integration is present and may register a tracer soon: weftrace holds back its
   * warning about spans that go nowhere until {@link #frameworkStarted}.
   */
  public static void frameworkStarting(String framework) {
    UnroutedSpans.frameworkStarting(framework);
  }

  /**
   * The framework has finished starting. If it registered no tracer, {@code fixIfNothingRegistered}
   * says in one sentence what the application lacks; weftrace warns once with it if traced calls
   * make spans that go nowhere. {@code null} when a tracer was registered.
   */
  public static void frameworkStarted(String framework, String fixIfNothingRegistered) {
    UnroutedSpans.frameworkStarted(framework, fixIfNothingRegistered);
  }

  /**
   * Whether spans have a tracer to go to other than a global OpenTelemetry that is not registered:
   * something handed over, the Datadog agent or OpenTracing, or a registered global.
   */
  public static boolean routed() {
    return current != DEFAULT || !usesRegistrations() || OpenTelemetrySource.GLOBAL.registered();
  }

  /**
   * Whether spans go to the OpenTelemetry API without Datadog: the only case registrations serve.
   */
  private static boolean usesRegistrations() {
    return CHOICE.api().equals("OpenTelemetry") && !CHOICE.datadog();
  }

  private static void logIgnored(String framework, String what) {
    synchronized (LOCK) {
      if (ignoredLogged) {
        return;
      }
      ignoredLogged = true;
    }
    LOG.log(
        Level.INFO,
        "weftrace: not using the "
            + what
            + " that "
            + framework
            + " provides: spans go through the "
            + CHOICE.api()
            + " API ("
            + CHOICE.reason()
            + ")");
  }

  /** Guarded by {@link #LOCK}. */
  private static void update() {
    current =
        explicit != null
            ? explicit
            : REGISTERED.isEmpty() ? DEFAULT : REGISTERED.get(REGISTERED.size() - 1).bridge;
  }

  private static final class Entry implements Registration {
    final TracerBridge bridge;

    Entry(TracerBridge bridge) {
      this.bridge = bridge;
    }

    @Override
    public void close() {
      synchronized (LOCK) {
        if (REGISTERED.remove(this)) {
          update();
        }
      }
    }
  }
}
