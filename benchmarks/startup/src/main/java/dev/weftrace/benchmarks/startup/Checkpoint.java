package dev.weftrace.benchmarks.startup;

import java.time.Instant;

/**
 * Where traced calls report to the run: it notes the wall-clock instant at which the first traced
 * call began to run (inside the method, so after the tracer has started its span), and hands the
 * first and the last order's root and leaf calls to the variant's {@link TracingCheck}. Every other
 * call costs one or two comparisons, the same in every variant. The app is single-threaded.
 */
final class Checkpoint {

  /** How many orders the check observes: the first and the last. */
  static final int OBSERVED_ORDERS = 2;

  private static TracingCheck check = new NoTracing();
  private static int lastSequence;
  private static int currentSequence = -1;
  private static long firstTracedCallMicros;

  private Checkpoint() {}

  /** Makes {@code check} observe the first and the last of {@code orders} orders. */
  static void watch(TracingCheck check, int orders) {
    Checkpoint.check = check;
    Checkpoint.lastSequence = orders - 1;
  }

  /** Called first thing in the root traced call of order {@code sequence}. */
  static void enteredRoot(int sequence) {
    currentSequence = sequence;
    if (sequence == 0) {
      firstTracedCallMicros = epochMicros();
    }
    if (observed()) {
      check.insideRoot();
    }
  }

  /** Called in the deepest traced call of the current order. */
  static void enteredLeaf() {
    if (observed()) {
      check.insideLeaf();
    }
  }

  /** When the first traced call began, in microseconds since the epoch; 0 before it. */
  static long firstTracedCallMicros() {
    return firstTracedCallMicros;
  }

  /** The wall clock in microseconds since the epoch, comparable with the shell's EPOCHREALTIME. */
  static long epochMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  private static boolean observed() {
    return currentSequence == 0 || currentSequence == lastSequence;
  }
}
