package dev.weftrace.it.stress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.it.stress.Faults.Operation;
import dev.weftrace.it.stress.SpanLedger.Nesting;
import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Workload C of the load and soak tests: the call trees of workload A on a backend that throws on a
 * random 10% of its operations (see {@link FaultyOpenTelemetry}), and the smallest cases of what
 * that run has found. Sizes from {@link Scale}.
 */
class FaultInjectionTest {

  private static final double FAULT_RATE = 0.10;

  /** What weftrace calls on the way of a traced call: each must have failed at least once. */
  private static final Set<Operation> EXERCISED =
      EnumSet.of(
          Operation.SPAN_BUILDER,
          Operation.BUILDER_SETTER,
          Operation.START_SPAN,
          Operation.MAKE_CURRENT,
          Operation.SPAN_CONTEXT,
          Operation.SCOPE_CLOSE,
          Operation.SET_ATTRIBUTE,
          Operation.SET_STATUS,
          Operation.RECORD_EXCEPTION,
          Operation.END);

  @AfterEach
  void backToGlobalOpenTelemetry() {
    Weftrace.useOpenTelemetry(null);
  }

  @Test
  void applicationSeesNoFailureAndNoForeignContextWhenTheBackendFails() throws Exception {
    Scale scale = Scale.current();
    long seed = Scale.seed();
    Faults faults = new Faults(FAULT_RATE, seed);
    SpanLedger ledger = new SpanLedger(Nesting.NONE, null);
    CallTreeWorkload.Result result;
    try (OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(ledger).build())
            .build()) {
      Weftrace.useOpenTelemetry(new FaultyOpenTelemetry(sdk, faults));
      result =
          CallTreeWorkload.run(
              "stress-faults",
              Scale.FAULT_THREADS,
              scale.faultCallsPerThread,
              seed,
              scale.timeoutSeconds());
    }

    StressReport.publish(
        new StressReport.Row(
            "C: backend failing on 10% of operations",
            result.calls(),
            Scale.FAULT_THREADS,
            result.appFailures(),
            result.contextLeaks(),
            result.tracedExecutions(),
            ledger.started(),
            ledger.ended(),
            result.heapDeltaMb(),
            result.seconds(),
            seed));
    // Spans lost here are expected, the backend failed; but a span whose end() never failed and
    // was never called either was given up by weftrace after an earlier failure.
    long abandoned = ledger.started() - ledger.ended() - faults.injected(Operation.END);
    System.out.printf(
        Locale.ROOT,
        "weftrace-stress C: spansAbandoned=%d (started, never ended, no injected end() fault);"
            + " faults injected (failed/calls): %s%n",
        abandoned,
        faults.describe());
    SoftAssertions.assertSoftly(
        softly -> {
          result.assertApplicationUnaffected(softly);
          softly
              .assertThat(abandoned)
              .as("spans weftrace started and gave up without end() after another failure")
              .isZero();
          for (Operation operation : EXERCISED) {
            softly
                .assertThat(faults.injected(operation))
                .as("faults injected in %s", operation)
                .isPositive();
          }
        });
  }

  @Test
  void callersContextIsCurrentAgainWhenTheBackendsScopeCloseFails() throws Exception {
    Faults faults = new Faults(1.0, Scale.seed(), EnumSet.of(Operation.SCOPE_CLOSE));
    long plan = firstPlan(p -> true);

    Call call = callOnItsOwnThread(faults, plan);

    assertThat(faults.injected(Operation.SCOPE_CLOSE)).isEqualTo(Plan.depth(plan));
    assertThat(call.outcome()).isEqualTo(UntracedCallTree.expected(plan).outcome());
    assertThat(call.contextAfter()).isSameAs(Context.root());
  }

  @Test
  void applicationGetsItsOwnCancellationWhenTheBackendsSetAttributeFails() throws Exception {
    Faults faults = new Faults(1.0, Scale.seed(), EnumSet.of(Operation.SET_ATTRIBUTE));
    long plan =
        firstPlan(
            p ->
                Plan.depth(p) == 1
                    && UntracedCallTree.expected(p).outcome().kind() == Outcome.Kind.CANCELLED);

    Call call = callOnItsOwnThread(faults, plan);

    assertThat(call.outcome()).isEqualTo(UntracedCallTree.expected(plan).outcome());
    assertThat(call.contextAfter()).isSameAs(Context.root());
  }

  private record Call(Outcome outcome, Context contextAfter) {}

  /**
   * Calls {@code plan}'s tree on a new thread, so that a leaked context cannot reach other tests.
   */
  private static Call callOnItsOwnThread(Faults faults, long plan) throws Exception {
    FutureTask<Call> task =
        new FutureTask<>(() -> new Call(Outcome.ofCall(new CallTree(), plan), Context.current()));
    try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build()) {
      Weftrace.useOpenTelemetry(new FaultyOpenTelemetry(sdk, faults));
      new Thread(task, "one-faulty-call").start();
      return task.get(Scale.current().timeoutSeconds(), TimeUnit.SECONDS);
    }
  }

  /** The first plan drawn from the seed that {@code wanted} accepts. */
  private static long firstPlan(LongPredicate wanted) {
    SplittableRandom random = new SplittableRandom(Scale.seed());
    for (int i = 0; i < 100_000; i++) {
      long plan = Plan.random(random);
      if (wanted.test(plan)) {
        return plan;
      }
    }
    throw new IllegalStateException("no such plan in 100,000 draws");
  }
}
