package dev.weftrace.weaver.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports failures inside weftrace itself (a tracer that throws, a tag whose {@code toString}
 * throws), which must never reach the traced application.
 *
 * <p>Each distinct cause is logged once, as one WARNING line naming where it first happened and the
 * exception with its message; its stack trace goes to the same logger at DEBUG. A cause is the
 * exception's class and the frame that threw it, not the traced method: a backend that fails on
 * every call (an API older than the bridge expects, say) gives one line, not one per method.
 */
public final class Failures {

  private static final System.Logger LOG = System.getLogger("dev.weftrace");
  private static final int MAX_CAUSES = 1_000;
  private static final ConcurrentHashMap<String, Boolean> REPORTED = new ConcurrentHashMap<>();

  private Failures() {}

  /**
   * Logs {@code failure} once for its cause; {@code place} (for example {@code "start of
   * OrderService.place"}) says where it happened first. Never throws.
   */
  public static void report(String place, Throwable failure) {
    try {
      if (REPORTED.size() < MAX_CAUSES
          && REPORTED.putIfAbsent(causeOf(failure), Boolean.TRUE) == null) {
        String line =
            "weftrace: tracing failed at "
                + place
                + " with "
                + failure
                + "; traced calls go on without it (logged once for this cause; stack trace at"
                + " DEBUG)";
        LOG.log(Level.WARNING, line);
        LOG.log(Level.DEBUG, line, failure);
      }
    } catch (Throwable ignored) {
      // A broken logger must not break the application either.
    }
  }

  /** The exception's class and the frame it was thrown from. */
  static String causeOf(Throwable failure) {
    StackTraceElement[] stack = failure.getStackTrace();
    return stack.length == 0
        ? failure.getClass().getName()
        : failure.getClass().getName() + " at " + stack[0];
  }
}
