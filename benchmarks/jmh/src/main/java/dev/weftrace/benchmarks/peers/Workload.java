package dev.weftrace.benchmarks.peers;

import dev.weftrace.benchmarks.runtime.Inputs;
import dev.weftrace.benchmarks.runtime.PlainOrders;
import dev.weftrace.benchmarks.runtime.SetupChecks;

/**
 * The body and the arguments of every traced method measured against the peers: the body of the
 * runtime benchmarks' traced method ({@code Pricing.quote}, reached through {@link PlainOrders},
 * which the JIT inlines), and the same arguments ({@code "ORD-1002"} and {@code 250}, outside the
 * {@code Integer} cache so that boxing shows in the allocation). Keeping one body for every case
 * means the cases differ only in how they trace.
 */
public final class Workload {

  /** The {@code String} argument, tagged {@code order.id}. */
  public static final String ORDER_ID = Inputs.ORDER_ID;

  /** The {@code int} argument, tagged {@code order.lines}. */
  public static final int LINES = Inputs.LINES;

  private static final PlainOrders BODY = new PlainOrders();

  private Workload() {}

  /** The measured work: a hash of the order id and the line count. */
  public static int quote(String orderId, int lines) {
    return BODY.price(orderId, lines);
  }

  /**
   * Fails unless {@code actual} is what the untraced body returns for {@link #ORDER_ID}, {@link
   * #LINES}.
   */
  public static void requireQuote(int actual) {
    SetupChecks.requireQuote(actual);
  }
}
