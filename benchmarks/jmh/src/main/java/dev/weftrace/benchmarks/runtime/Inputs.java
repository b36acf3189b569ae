package dev.weftrace.benchmarks.runtime;

/**
 * The arguments of every measured call. The benchmarks copy them into non-final fields, so that the
 * JIT cannot fold them into constants.
 */
public final class Inputs {

  /** The {@code String} tag. */
  public static final String ORDER_ID = "ORD-1002";

  /**
   * The {@code int} tag: outside the JDK's {@code Integer} cache (-128 to 127) on purpose, so that
   * boxing it, where woven code does, shows in the allocation figures.
   */
  public static final int LINES = 250;

  private Inputs() {}
}
