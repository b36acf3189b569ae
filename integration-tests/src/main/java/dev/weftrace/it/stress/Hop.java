package dev.weftrace.it.stress;

import dev.weftrace.annotation.Trace;

/** A level of a {@link CallTree} run in another class. */
public class Hop {

  private final CallTree tree;

  Hop(CallTree tree) {
    this.tree = tree;
  }

  @Trace
  public long forward(long plan, int level) throws CheckedFailure {
    return tree.step(plan, level);
  }
}
