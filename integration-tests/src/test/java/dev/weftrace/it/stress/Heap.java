package dev.weftrace.it.stress;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use once garbage is gone, for before/after comparisons of a long run. */
final class Heap {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final int COLLECTIONS = 4;

  private Heap() {}

  /**
   * Bytes of heap in use after a few full collections: the lowest reading, since a collection can
   * leave behind garbage that the next one frees (reference queues, finalizable objects).
   */
  static long usedAfterGc() {
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < COLLECTIONS; i++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      lowest = Math.min(lowest, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return lowest;
  }

  static double megabytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
