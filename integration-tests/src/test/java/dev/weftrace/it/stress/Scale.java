package dev.weftrace.it.stress;

import java.util.Locale;

/**
 * The size of a stress run, from the system property {@code weftrace.stress.scale}: {@code short}
 * (the default, a few seconds in {@code mvn verify}) or {@code full} (the {@code stress} profile).
 * The seed comes from {@code weftrace.stress.seed} (default {@link #DEFAULT_SEED}); print it, and
 * pass it back to repeat a run's random choices.
 */
enum Scale {
  SHORT(20_000, 10_000, 25_000),
  FULL(1_000_000, 100_000, 250_000);

  static final long DEFAULT_SEED = 0x5EED_2026L;

  /** Threads of the synchronous call-tree workloads. */
  static final int CALL_THREADS = 8;

  /** Threads of the fault-injection workload. */
  static final int FAULT_THREADS = 4;

  /** Traced top-level calls per thread in the call-tree workload. */
  final int callsPerThread;

  /** Futures in the asynchronous workload, all pending at once. */
  final int futures;

  /** Traced top-level calls per thread under fault injection. */
  final int faultCallsPerThread;

  Scale(int callsPerThread, int futures, int faultCallsPerThread) {
    this.callsPerThread = callsPerThread;
    this.futures = futures;
    this.faultCallsPerThread = faultCallsPerThread;
  }

  static Scale current() {
    String value = System.getProperty("weftrace.stress.scale", "short").trim();
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  static long seed() {
    String value = System.getProperty("weftrace.stress.seed");
    return value == null || value.isBlank() ? DEFAULT_SEED : Long.decode(value.trim());
  }

  /** How long any one wait of a test may last before it counts as a hang. */
  long timeoutSeconds() {
    return this == FULL ? 540 : 60;
  }
}
