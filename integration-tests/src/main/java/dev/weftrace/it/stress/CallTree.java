package dev.weftrace.it.stress;

import dev.weftrace.annotation.Trace;

/**
 * Runs a {@link Plan} as a tree of traced calls, one traced execution per level: the next level
 * runs in {@link #node} again (recursion), in the static {@link #relay} or in {@link Hop#forward}.
 *
 * <p>What a level does, with {@code own = Plan.own(plan, level)}:
 *
 * <ul>
 *   <li>the leaf computes {@code v = base + level}; it throws {@code CheckedFailure(v)} if {@code
 *       own == 0}, {@code UncheckedFailure(v)} if {@code own == 1}, {@code CancelledFailure(v)} if
 *       {@code own == 2}, else returns {@code v};
 *   <li>any other level calls the next one. A failure it is planned to catch becomes a value:
 *       {@code ~x} for a checked one, {@code -x} for an unchecked one and {@code 3 * x} for a
 *       cancellation, {@code x} being the failure's value (cancellations are caught with unchecked
 *       failures); any other failure propagates. With the next level's value {@code c} it computes
 *       {@code c * 31 + level + 1}, and throws {@code UncheckedFailure} with it if {@code own ==
 *       0}, else returns it.
 * </ul>
 */
public class CallTree {

  private final Hop hop = new Hop(this);

  /** The top of every tree, and the recursive step. */
  @Trace
  public long node(long plan, int level) throws CheckedFailure {
    return step(plan, level);
  }

  /** A static traced step. */
  @Trace
  public static long relay(CallTree tree, long plan, int level) throws CheckedFailure {
    return tree.step(plan, level);
  }

  long step(long plan, int level) throws CheckedFailure {
    int own = Plan.own(plan, level);
    if (level == Plan.depth(plan) - 1) {
      long leaf = Plan.base(plan) + level;
      if (own == 0) {
        throw new CheckedFailure(leaf);
      }
      if (own == 1) {
        throw new UncheckedFailure(leaf);
      }
      if (own == 2) {
        throw new CancelledFailure(leaf);
      }
      return leaf;
    }
    long child;
    try {
      child = next(plan, level + 1);
    } catch (CheckedFailure failure) {
      if (!Plan.catchesChecked(plan, level)) {
        throw failure;
      }
      child = ~failure.value();
    } catch (UncheckedFailure failure) {
      if (!Plan.catchesUnchecked(plan, level)) {
        throw failure;
      }
      child = -failure.value();
    } catch (CancelledFailure failure) {
      if (!Plan.catchesUnchecked(plan, level)) {
        throw failure;
      }
      child = 3 * failure.value();
    }
    long value = child * 31 + level + 1;
    if (own == 0) {
      throw new UncheckedFailure(value);
    }
    return value;
  }

  private long next(long plan, int level) throws CheckedFailure {
    switch (Plan.via(plan, level - 1)) {
      case Plan.VIA_RELAY:
        return relay(this, plan, level);
      case Plan.VIA_HOP:
        return hop.forward(plan, level);
      default:
        return node(plan, level);
    }
  }
}
