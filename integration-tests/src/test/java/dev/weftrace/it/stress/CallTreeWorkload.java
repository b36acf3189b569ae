package dev.weftrace.it.stress;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;

/**
 * Runs random {@link CallTree}s on several threads at once and tallies what the application saw:
 * each call's outcome against {@link UntracedCallTree}, and whether the thread's context was root
 * again after it. Thread {@code i} is named {@code <name>-i} and draws its plans from a generator
 * seeded with the seed and {@code i}, so its calls are the same in every run with that seed.
 *
 * <p>Heap in use after GC is measured once all threads have made the first 10% of their calls (they
 * wait at a barrier meanwhile) and again after the last call; the result has the difference.
 */
final class CallTreeWorkload {

  /** What all threads saw, summed. */
  record Result(
      long calls,
      long appFailures,
      long contextLeaks,
      long tracedExecutions,
      long failedExecutions,
      List<String> failureSamples,
      List<String> leakSamples,
      double heapDeltaMb,
      double seconds) {

    /** The guarantee every load test checks: no call saw tracing, and no context leaked. */
    void assertApplicationUnaffected(SoftAssertions softly) {
      softly
          .assertThat(appFailures)
          .as("calls whose outcome differs from untraced code %s", failureSamples)
          .isZero();
      softly
          .assertThat(contextLeaks)
          .as("calls after which the context was not root %s", leakSamples)
          .isZero();
    }
  }

  private static final int SAMPLES = 5;

  private CallTreeWorkload() {}

  static Result run(String name, int threads, int callsPerThread, long seed, long timeoutSeconds)
      throws Exception {
    long[] heapAtTenPercent = new long[1];
    CyclicBarrier tenPercent =
        new CyclicBarrier(threads, () -> heapAtTenPercent[0] = Heap.usedAfterGc());
    List<FutureTask<Tally>> tasks = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      SplittableRandom plans = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (i + 1));
      FutureTask<Tally> task =
          new FutureTask<>(() -> loop(plans, callsPerThread, tenPercent, timeoutSeconds));
      tasks.add(task);
      new Thread(task, name + "-" + i).start();
    }
    Tally total = new Tally();
    for (FutureTask<Tally> task : tasks) {
      total.add(task.get(timeoutSeconds, TimeUnit.SECONDS));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long heapAtEnd = Heap.usedAfterGc();
    return new Result(
        (long) threads * callsPerThread,
        total.appFailures,
        total.contextLeaks,
        total.tracedExecutions,
        total.failedExecutions,
        List.copyOf(total.failureSamples),
        List.copyOf(total.leakSamples),
        Heap.megabytes(heapAtEnd - heapAtTenPercent[0]),
        seconds);
  }

  private static Tally loop(
      SplittableRandom plans, int calls, CyclicBarrier tenPercent, long timeoutSeconds)
      throws Exception {
    CallTree tree = new CallTree();
    Tally tally = new Tally();
    for (int i = 0; i < calls; i++) {
      if (i == calls / 10) {
        tenPercent.await(timeoutSeconds, TimeUnit.SECONDS);
      }
      long plan = Plan.random(plans);
      UntracedCallTree.Expected expected = UntracedCallTree.expected(plan);
      Outcome actual = Outcome.ofCall(tree, plan);
      tally.tracedExecutions += Plan.depth(plan);
      tally.failedExecutions += expected.failedLevels();
      if (!actual.equals(expected.outcome())) {
        tally.appFailures++;
        Tally.sample(
            tally.failureSamples,
            String.format(
                Locale.ROOT, "plan %#x: expected %s, got %s", plan, expected.outcome(), actual));
      }
      if (Context.current() != Context.root()) {
        tally.contextLeaks++;
        Tally.sample(
            tally.leakSamples,
            String.format(Locale.ROOT, "plan %#x: context not root after the call", plan));
      }
    }
    if (Span.current() != Span.getInvalid()) {
      tally.contextLeaks++;
      Tally.sample(tally.leakSamples, "a span is still current after the thread's last call");
    }
    return tally;
  }

  private static final class Tally {
    long appFailures;
    long contextLeaks;
    long tracedExecutions;
    long failedExecutions;
    final List<String> failureSamples = new ArrayList<>();
    final List<String> leakSamples = new ArrayList<>();

    static void sample(List<String> samples, String description) {
      if (samples.size() < SAMPLES) {
        samples.add(Thread.currentThread().getName() + ": " + description);
      }
    }

    void add(Tally other) {
      appFailures += other.appFailures;
      contextLeaks += other.contextLeaks;
      tracedExecutions += other.tracedExecutions;
      failedExecutions += other.failedExecutions;
      other.failureSamples.stream()
          .limit(SAMPLES - failureSamples.size())
          .forEach(failureSamples::add);
      other.leakSamples.stream().limit(SAMPLES - leakSamples.size()).forEach(leakSamples::add);
    }
  }
}
