package dev.weftrace.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds {@code process.cpu.norm}: the CPU time the whole forked JVM used during an iteration, per
 * measured operation. The agents do part of their work on background threads (the Datadog agent
 * serialises and sends every trace from its own threads), which the time per call of the benchmark
 * thread does not show, while the in-process cases do all of it on the calling thread; this figure
 * counts both. It also counts what every JVM spends beside the benchmark (JIT, GC, JMH itself), so
 * it is for comparing cases, not an absolute cost of one call.
 *
 * <p>Enable it with {@code -prof dev.weftrace.benchmarks.peers.ProcessCpuProfiler} (the peers
 * script does). Needs a JVM whose operating-system bean reports process CPU time (HotSpot does).
 */
public final class ProcessCpuProfiler implements InternalProfiler {

  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "weftrace: CPU time of the whole JVM per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    cpuAtStart = processCpuNanos();
  }

  @Override
  public List<? extends Result<?>> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpu = processCpuNanos() - cpuAtStart;
    long operations = result.getMetadata().getMeasuredOps();
    if (cpuAtStart < 0 || cpu < 0 || operations <= 0) {
      return List.of();
    }
    return List.of(
        new ScalarResult(
            "process.cpu.norm", (double) cpu / operations, "ns/op", AggregationPolicy.AVG));
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
