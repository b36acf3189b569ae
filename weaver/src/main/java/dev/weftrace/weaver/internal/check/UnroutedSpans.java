package dev.weftrace.weaver.internal.check;

import dev.weftrace.weaver.internal.Failures;
import dev.weftrace.weaver.internal.Settings;
import dev.weftrace.weaver.internal.TracerRegistry;
import dev.weftrace.weaver.internal.otel.GlobalOpenTelemetryProbe;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Says once, with the fix, when traced methods run but their spans go nowhere: no tracer handed
 * over, no global OpenTelemetry registered, no agent. Spans must never vanish unexplained.
 *
 * <p>When to say it: an application may register its SDK a little after its first traced calls
 * (calls made while a Spring context starts, an SDK registered at the end of {@code main}). So the
 * first call that finds no tracer starts a daemon thread that waits {@value #DELAY_PROPERTY}
 * milliseconds (default {@value #DEFAULT_DELAY_MS}), and longer while a framework integration has
 * said it is starting (at most {@value #FRAMEWORK_WAIT_MS} ms); then, if there is still no tracer,
 * it logs one WARNING naming the most likely cause. A framework that reports it started without
 * finding a tracer ends the wait at once.
 *
 * <p>Once settled, it costs nothing: a traced call reads one plain static boolean, and only on the
 * no-tracer path; a JVM whose class path has no OpenTelemetry SDK, Spring Boot or Micrometer
 * Tracing (the API alone, deliberately without an SDK) gets a DEBUG line instead of a warning.
 */
public final class UnroutedSpans {

  static final String DELAY_PROPERTY = "weftrace.unrouted.delay.ms";
  static final long DEFAULT_DELAY_MS = 5_000;
  static final long FRAMEWORK_WAIT_MS = 120_000;

  private static final System.Logger LOG = System.getLogger("dev.weftrace");

  /**
   * Set, under {@link #LOCK}, by the first call that found no tracer, which starts the check; read
   * without the lock on the hot path (a stale {@code false} only costs a trip to the lock).
   */
  private static boolean noted;

  private static final Object LOCK = new Object();

  /** Frameworks starting now, each with how many of its contexts are. Guarded by {@link #LOCK}. */
  private static final Map<String, Integer> STARTING = new LinkedHashMap<>();

  /** Fixes reported by frameworks that started without a tracer. Guarded by {@link #LOCK}. */
  private static final Map<String, String> FIXES = new LinkedHashMap<>();

  private UnroutedSpans() {}

  /** A traced call found no tracer. Called on the hot path of that case only. */
  public static void noteCall() {
    if (!noted) {
      startCheck();
    }
  }

  public static void frameworkStarting(String framework) {
    synchronized (LOCK) {
      STARTING.merge(framework, 1, Integer::sum);
    }
  }

  public static void frameworkStarted(String framework, String fixIfNothingRegistered) {
    synchronized (LOCK) {
      STARTING.computeIfPresent(framework, (name, count) -> count > 1 ? count - 1 : null);
      if (fixIfNothingRegistered != null) {
        FIXES.put(framework, fixIfNothingRegistered);
      }
      LOCK.notifyAll();
    }
  }

  private static void startCheck() {
    synchronized (LOCK) {
      if (noted) {
        return;
      }
      noted = true;
    }
    try {
      Thread thread = new Thread(UnroutedSpans::check, "weftrace-unrouted-spans-check");
      thread.setDaemon(true);
      thread.start();
    } catch (Throwable failure) {
      Failures.report("check for spans that go nowhere", failure);
    }
  }

  private static void check() {
    try {
      awaitSettled(delayMs());
      if (!TracerRegistry.routed()) {
        Verdict verdict = verdict(Detected.current(), fixes());
        LOG.log(verdict.level(), verdict.line());
      }
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    } catch (Throwable failure) {
      Failures.report("check for spans that go nowhere", failure);
    }
  }

  /**
   * Waits {@code delayMs}, and on while a framework is starting (bounded); returns early once a
   * framework has reported that it started without a tracer.
   */
  private static void awaitSettled(long delayMs) throws InterruptedException {
    long start = System.nanoTime();
    long delayNanos = delayMs * 1_000_000;
    long limitNanos = Math.max(delayNanos, FRAMEWORK_WAIT_MS * 1_000_000);
    synchronized (LOCK) {
      while (true) {
        long elapsed = System.nanoTime() - start;
        boolean frameworkSaid = !FIXES.isEmpty() && STARTING.isEmpty();
        boolean delayOver = elapsed >= delayNanos && STARTING.isEmpty();
        if (frameworkSaid || delayOver || elapsed >= limitNanos) {
          return;
        }
        long waitNanos = (STARTING.isEmpty() ? delayNanos : limitNanos) - elapsed;
        LOCK.wait(Math.max(1, waitNanos / 1_000_000));
      }
    }
  }

  private static Map<String, String> fixes() {
    synchronized (LOCK) {
      return new LinkedHashMap<>(FIXES);
    }
  }

  private static long delayMs() {
    String value = System.getProperty(DELAY_PROPERTY);
    try {
      return value == null ? DEFAULT_DELAY_MS : Math.max(0, Long.parseLong(value.trim()));
    } catch (NumberFormatException malformed) {
      return DEFAULT_DELAY_MS;
    }
  }

  /** What the class path says about the application, for choosing the likely cause. */
  record Detected(
      boolean springBoot,
      boolean springIntegration,
      boolean openTelemetrySdk,
      boolean micrometerTracing,
      boolean probe) {

    static Detected current() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      ClassLoader own = UnroutedSpans.class.getClassLoader();
      return new Detected(
          present("org.springframework.boot.SpringApplication", loader, own),
          present(TracerRegistry.SPRING_BOOT_AUTO_CONFIGURATION, loader, own),
          present("io.opentelemetry.sdk.OpenTelemetrySdk", loader, own),
          present("io.micrometer.tracing.Tracer", loader, own),
          GlobalOpenTelemetryProbe.available());
    }

    private static boolean present(String name, ClassLoader loader, ClassLoader own) {
      return (loader != null && Settings.present(name, loader)) || Settings.present(name, own);
    }
  }

  /**
   * The line to log and its level: WARNING with the likely cause and fix, or DEBUG where spans are
   * no-ops on purpose (nothing on the class path suggests they were wanted, or a context of
   * weftrace-spring-boot's kind that has no tracer, such as a test slice).
   */
  record Verdict(Level level, String line) {

    static Verdict warning(String causeAndFix) {
      return new Verdict(
          Level.WARNING,
          "weftrace: traced methods ran, but their spans go nowhere: " + causeAndFix);
    }

    static Verdict quiet(String why) {
      return new Verdict(Level.DEBUG, "weftrace: no tracer: " + why);
    }
  }

  /** What to log for {@code detected}, given what framework integrations reported. */
  static Verdict verdict(Detected detected, Map<String, String> frameworkFixes) {
    if (!frameworkFixes.isEmpty()) {
      return Verdict.warning(String.join(" ", frameworkFixes.values()));
    }
    if (detected.springIntegration()) {
      // Its contexts say themselves when they lack a tracer; one that does not report is a context
      // without the auto-configuration, such as a test slice (@WebMvcTest), traced on purpose
      // without tracing.
      return Verdict.quiet(
          "weftrace-spring-boot is present, but no Spring application context handed over a"
              + " tracer (a test slice, or traced calls outside any context): spans are no-ops");
    }
    if (detected.springBoot()) {
      return Verdict.warning(
          "Spring Boot does not register its OpenTelemetry globally. Add the dependency"
              + " dev.weftrace:weftrace-spring-boot (managed by weftrace-bom), which hands weftrace the"
              + " application's OpenTelemetry or Micrometer Tracing tracer.");
    }
    if (!detected.probe() && detected.openTelemetrySdk()) {
      return Verdict.warning(
          "this opentelemetry-api cannot tell weftrace whether a GlobalOpenTelemetry is"
              + " registered. Hand your SDK over with Weftrace.useOpenTelemetry(sdk).");
    }
    if (detected.openTelemetrySdk()) {
      return Verdict.warning(
          "an OpenTelemetry SDK is on the class path, but none is registered. Build it with"
              + " buildAndRegisterGlobal() (or AutoConfiguredOpenTelemetrySdk.initialize()), or hand"
              + " it over with Weftrace.useOpenTelemetry(sdk).");
    }
    if (detected.micrometerTracing()) {
      return Verdict.warning(
          "Micrometer Tracing is on the class path, but weftrace was given no tracer. In Spring"
              + " Boot, add dev.weftrace:weftrace-spring-boot; elsewhere, hand over an"
              + " OpenTelemetry with Weftrace.useOpenTelemetry.");
    }
    return Verdict.quiet(
        "the OpenTelemetry API has no SDK in this JVM, so spans are no-ops (add an SDK, or hand"
            + " one over with Weftrace.useOpenTelemetry, to record them)");
  }
}
