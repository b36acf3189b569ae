package dev.weftrace.it.stress;

import java.util.SplittableRandom;

/**
 * One traced call tree, encoded in a {@code long} so that a million of them cost no allocation.
 *
 * <p>Layout, from the lowest bit: 3 bits depth - 1 (0-4); then 7 bits for each level 0-4, in order:
 * 2 bits <em>via</em> (which traced method runs the next level), 2 bits <em>handling</em> (bit 0:
 * catch the next level's checked failure, bit 1: its unchecked one or cancellation) and 3 bits
 * <em>own</em> (what the level itself does, see {@link CallTree}); the top 26 bits are the leaf's
 * base value. Both the woven {@link CallTree} and the tests' untraced model read a plan through
 * these accessors, and only through them.
 */
public final class Plan {

  /** The deepest call tree: five traced executions, one per level. */
  public static final int MAX_DEPTH = 5;

  /** {@link #via} values: the next level runs in {@link CallTree#node} (recursion). */
  public static final int VIA_NODE = 0;

  /** {@link #via}: the next level runs in the static {@link CallTree#relay}. */
  public static final int VIA_RELAY = 2;

  /** {@link #via}: the next level runs in {@link Hop#forward}, another class. */
  public static final int VIA_HOP = 3;

  private static final int LEVEL_BITS = 7;
  private static final int BASE_SHIFT = 3 + MAX_DEPTH * LEVEL_BITS;

  private Plan() {}

  /** A plan drawn from {@code random}: depth uniform in 1-5, every level's choices uniform. */
  public static long random(SplittableRandom random) {
    long plan = random.nextInt(MAX_DEPTH);
    plan |= random.nextLong(1L << (MAX_DEPTH * LEVEL_BITS)) << 3;
    plan |= random.nextLong(1L << (64 - BASE_SHIFT)) << BASE_SHIFT;
    return plan;
  }

  /** Traced executions in the tree, 1-5; the leaf is level {@code depth - 1}. */
  public static int depth(long plan) {
    return (int) (plan & 7) + 1;
  }

  /** How level {@code level} calls the next one: {@link #VIA_NODE} (also 1), relay or hop. */
  public static int via(long plan, int level) {
    return (int) (levelBits(plan, level) & 3);
  }

  /** Whether level {@code level} catches a {@link CheckedFailure} from the next level. */
  public static boolean catchesChecked(long plan, int level) {
    return (levelBits(plan, level) & 4) != 0;
  }

  /**
   * Whether level {@code level} catches an {@link UncheckedFailure} or a {@link CancelledFailure}
   * from the next level.
   */
  public static boolean catchesUnchecked(long plan, int level) {
    return (levelBits(plan, level) & 8) != 0;
  }

  /** What level {@code level} does itself, 0-7; its meaning is {@link CallTree}'s contract. */
  public static int own(long plan, int level) {
    return (int) ((levelBits(plan, level) >>> 4) & 7);
  }

  /** The leaf's value before its level is added: 0 to 2^26 - 1. */
  public static long base(long plan) {
    return plan >>> BASE_SHIFT;
  }

  private static long levelBits(long plan, int level) {
    return plan >>> (3 + level * LEVEL_BITS);
  }
}
