package dev.weftrace.benchmarks.startup;

/** The plain variant's check: there is no tracer, so there is nothing to see. */
final class NoTracing implements TracingCheck {

  @Override
  public void insideRoot() {}

  @Override
  public void insideLeaf() {}

  @Override
  public String finish() {
    return "no tracer";
  }
}
