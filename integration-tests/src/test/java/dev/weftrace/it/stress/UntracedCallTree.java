package dev.weftrace.it.stress;

import dev.weftrace.it.stress.Outcome.Kind;

/**
 * {@link CallTree}'s contract computed without running it: bottom-up over the levels, with no
 * traced method, no exception and no recursion, so that a bug in tracing cannot affect both sides.
 */
final class UntracedCallTree {

  /** The outcome of a plan and how many of its traced executions ended by throwing. */
  record Expected(Outcome outcome, int failedLevels) {}

  private UntracedCallTree() {}

  static Expected expected(long plan) {
    int leaf = Plan.depth(plan) - 1;
    long value = Plan.base(plan) + leaf;
    Kind kind = leafKind(Plan.own(plan, leaf));
    int failed = kind == Kind.VALUE ? 0 : 1;
    for (int level = leaf - 1; level >= 0; level--) {
      if (kind == Kind.CHECKED && Plan.catchesChecked(plan, level)) {
        kind = Kind.VALUE;
        value = ~value;
      } else if (kind == Kind.UNCHECKED && Plan.catchesUnchecked(plan, level)) {
        kind = Kind.VALUE;
        value = -value;
      } else if (kind == Kind.CANCELLED && Plan.catchesUnchecked(plan, level)) {
        kind = Kind.VALUE;
        value = 3 * value;
      }
      if (kind == Kind.VALUE) {
        value = value * 31 + level + 1;
        if (Plan.own(plan, level) == 0) {
          kind = Kind.UNCHECKED;
        }
      }
      if (kind != Kind.VALUE) {
        failed++;
      }
    }
    return new Expected(new Outcome(kind, value, null), failed);
  }

  private static Kind leafKind(int own) {
    switch (own) {
      case 0:
        return Kind.CHECKED;
      case 1:
        return Kind.UNCHECKED;
      case 2:
        return Kind.CANCELLED;
      default:
        return Kind.VALUE;
    }
  }
}
