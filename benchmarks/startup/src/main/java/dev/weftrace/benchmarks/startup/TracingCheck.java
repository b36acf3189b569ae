package dev.weftrace.benchmarks.startup;

/**
 * How one variant of the benchmark shows that its tracer really traced: a benchmark of a tracer
 * that silently did nothing would flatter it. The app calls it inside the first and the last
 * order's traced calls (through {@link Checkpoint}) and once after the last order.
 */
interface TracingCheck {

  /**
   * Called inside the root traced call ({@link OrderDesk#placeOrder}) of the first and last order.
   */
  void insideRoot();

  /**
   * Called inside the deepest traced call ({@link Pricing#loyaltyDiscount}) of the first and last
   * order, while that order's root call is still running.
   */
  void insideLeaf();

  /**
   * Called after the last order: finishes the tracer's work where the app owns the tracer, and says
   * what shows that it traced, in a few words for the run's output line.
   *
   * @throws IllegalStateException if it did not trace as expected
   */
  String finish();
}
