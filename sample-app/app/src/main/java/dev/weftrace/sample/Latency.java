package dev.weftrace.sample;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Stands in for the time a real database or remote call would take, so that the printed durations
 * look like those of a real service. Not interruptible on purpose: a sample need not handle that.
 */
final class Latency {

  private Latency() {}

  /** Blocks the calling thread for about {@code millis} milliseconds. */
  static void simulate(long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    long left;
    while ((left = deadline - System.nanoTime()) > 0) {
      LockSupport.parkNanos(left);
    }
  }
}
