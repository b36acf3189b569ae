package dev.weftrace.benchmarks.processor;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds secondary results to {@link ProcessorBenchmark}, per iteration and averaged over the run:
 * {@code processor.ms}, the time spent inside the processor's {@code init} and {@code process} per
 * compilation; {@code processor.share}, that time as a percentage of the same compilation's wall
 * time; and {@code processor.alloc}, the bytes the compiling thread allocated inside those calls.
 *
 * <p>Enable it with {@code -prof dev.weftrace.benchmarks.processor.ProcessorTimeProfiler}. It is a
 * profiler rather than {@code @AuxCounters} because JMH sums {@code EVENTS} counters over a whole
 * run and scales {@code OPERATIONS} counters by time, and neither gives a mean duration.
 */
public final class ProcessorTimeProfiler implements InternalProfiler {

  @Override
  public String getDescription() {
    return "weftrace: time inside the annotation processor per compilation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    ProcessorClock.reset();
  }

  @Override
  public List<? extends Result<?>> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long compilations = ProcessorClock.compilations();
    if (compilations == 0) {
      return List.of();
    }
    double processorMs = ProcessorClock.processorNanos() / 1e6 / compilations;
    double share = 100.0 * ProcessorClock.processorNanos() / ProcessorClock.compileNanos();
    double bytes = (double) ProcessorClock.processorBytes() / compilations;
    List<ScalarResult> results = new ArrayList<>();
    results.add(new ScalarResult("processor.ms", processorMs, "ms/op", AggregationPolicy.AVG));
    results.add(new ScalarResult("processor.share", share, "%", AggregationPolicy.AVG));
    if (bytes >= 0) { // negative: this JVM cannot count allocations per thread
      results.add(new ScalarResult("processor.alloc", bytes, "B/op", AggregationPolicy.AVG));
    }
    return results;
  }
}
