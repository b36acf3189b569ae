package dev.weftrace.benchmarks.startup;

/**
 * The check for a variant whose tracer is a Java agent: the app owns nothing to finish, so it can
 * only look at the current span from inside traced calls. What the agent exported is checked
 * outside the app where possible (the Datadog sink counts traces and spans).
 */
final class AgentCheck implements TracingCheck {

  private final NestingProbe probe;

  AgentCheck(NestingProbe probe) {
    this.probe = probe;
  }

  @Override
  public void insideRoot() {
    probe.insideRoot();
  }

  @Override
  public void insideLeaf() {
    probe.insideLeaf();
  }

  @Override
  public String finish() {
    return probe.verdict(Checkpoint.OBSERVED_ORDERS);
  }
}
