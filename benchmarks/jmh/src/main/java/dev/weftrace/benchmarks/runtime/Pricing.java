package dev.weftrace.benchmarks.runtime;

/**
 * The body every variant of the measured method runs, plain, woven or hand-instrumented: a few
 * nanoseconds of real work on both arguments, so that the JIT cannot drop the call and the tracing
 * overhead is compared against a method that does something.
 */
final class Pricing {

  private Pricing() {}

  /** A hash of the order id and the line count. */
  static int quote(String orderId, int lines) {
    int hash = lines;
    for (int i = 0; i < orderId.length(); i++) {
      hash = 31 * hash + orderId.charAt(i);
    }
    return hash;
  }
}
