package dev.weftrace.benchmarks.processor;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-iteration totals that {@link ProcessorBenchmark} records and {@link ProcessorTimeProfiler}
 * reports: how long the measured compilations took, how much of that was spent inside the
 * processor, and what the processor allocated. Both live in the benchmark's forked JVM, so a static
 * holder is enough.
 */
final class ProcessorClock {

  private static final AtomicLong compilations = new AtomicLong();
  private static final AtomicLong compileNanos = new AtomicLong();
  private static final AtomicLong processorNanos = new AtomicLong();
  private static final AtomicLong processorBytes = new AtomicLong();

  private ProcessorClock() {}

  /** Records one measured compilation. */
  static void record(long compileNanosOfOne, long processorNanosOfOne, long processorBytesOfOne) {
    compileNanos.addAndGet(compileNanosOfOne);
    processorNanos.addAndGet(processorNanosOfOne);
    processorBytes.addAndGet(processorBytesOfOne);
    compilations.incrementAndGet();
  }

  /** Forgets everything recorded, at the start of an iteration. */
  static void reset() {
    compilations.set(0);
    compileNanos.set(0);
    processorNanos.set(0);
    processorBytes.set(0);
  }

  static long compilations() {
    return compilations.get();
  }

  static long compileNanos() {
    return compileNanos.get();
  }

  static long processorNanos() {
    return processorNanos.get();
  }

  static long processorBytes() {
    return processorBytes.get();
  }
}
