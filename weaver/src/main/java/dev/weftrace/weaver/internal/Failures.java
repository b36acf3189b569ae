package dev.weftrace.weaver.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports failures inside weftrace itself (a tracer that throws, a tag whose {@code toString}
 * throws), which must never reach the traced application. Each distinct place is logged once, with
 * its stack trace, so that a failure on a hot path cannot flood the log.
 */
public final class Failures {

  private static final System.Logger LOG = System.getLogger("dev.weftrace");
  private static final int MAX_PLACES = 1_000;
  private static final ConcurrentHashMap<String, Boolean> REPORTED = new ConcurrentHashMap<>();

  private Failures() {}

  /**
   * Logs {@code failure} once for {@code place} (for example {@code "start OrderService.place"}).
   * Never throws.
   */
  public static void report(String place, Throwable failure) {
    try {
      if (REPORTED.size() < MAX_PLACES && REPORTED.putIfAbsent(place, Boolean.TRUE) == null) {
        LOG.log(
            Level.WARNING,
            "weftrace: tracing failed at " + place + "; the traced call goes on without it"
                + " (logged once for this place)",
            failure);
      }
    } catch (Throwable ignored) {
      // A broken logger must not break the application either.
    }
  }
}
