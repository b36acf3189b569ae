package dev.weftrace.it.stress;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import dev.weftrace.it.stress.SpanLedger.Nesting;
import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Workload B of the load and soak tests: many futures returned by a traced method, all pending at
 * once, then completed normally, exceptionally or by cancellation, in random order, by a small pool
 * of other threads. Each span must end once, on completion: {@code UNSET} for a value, {@code
 * ERROR} with the exception for a failure, {@code ERROR} with a {@code CancellationException} and
 * the tag {@code cancelled = true} for a cancellation. Sizes from {@link Scale}.
 */
class FutureLoadTest {

  private static final int NORMAL = 0;
  private static final int EXCEPTIONAL = 1;
  private static final int CANCELLED = 2;
  private static final int COMPLETING_THREADS = 4;

  @AfterEach
  void backToGlobalOpenTelemetry() {
    Weftrace.useOpenTelemetry(null);
  }

  @Test
  void everySpanEndsOnceOnCompletionWithTheCompletionsStatus() throws Exception {
    int count = Scale.current().futures;
    long timeout = Scale.current().timeoutSeconds();
    long seed = Scale.seed();
    SplittableRandom random = new SplittableRandom(seed);
    byte[] outcomes = new byte[count];
    for (int job = 0; job < count; job++) {
      outcomes[job] = (byte) random.nextInt(3);
    }
    int[] order = shuffled(count, random);
    SpanLedger ledger = new SpanLedger(Nesting.ROOTS, span -> wrongStatus(span, outcomes));
    Run run;
    long lateCalls;
    double seconds;
    double heapDeltaMb;
    try (EndedSpanCalls endedSpanCalls = EndedSpanCalls.install();
        OpenTelemetrySdk sdk =
            OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(ledger).build())
                .build()) {
      Weftrace.useOpenTelemetry(sdk);
      long heapBefore = Heap.usedAfterGc();
      long start = System.nanoTime();
      run = run(ledger, order, outcomes, timeout);
      seconds = (System.nanoTime() - start) / 1e9;
      lateCalls = endedSpanCalls.count();
      heapDeltaMb = Heap.megabytes(Heap.usedAfterGc() - heapBefore);
    }

    StressReport.publish(
        new StressReport.Row(
            "B: futures completed elsewhere",
            count,
            1 + COMPLETING_THREADS,
            run.appFailures(),
            run.contextLeaks(),
            count,
            ledger.started(),
            ledger.ended(),
            heapDeltaMb,
            seconds,
            seed));
    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(run.appFailures())
              .as("futures not the created one, or not as completed")
              .isZero();
          softly
              .assertThat(run.contextLeaks())
              .as("calls or completions after which the context was not root")
              .isZero();
          softly
              .assertThat(run.openAtOnce())
              .as("spans open once all futures were created")
              .isEqualTo(count);
          softly
              .assertThat(run.endedBeforeCompletion())
              .as("spans ended before any future completed")
              .isZero();
          softly.assertThat(ledger.started()).as("spans started").isEqualTo(count);
          softly.assertThat(ledger.ended()).as("spans ended").isEqualTo(count);
          softly.assertThat(ledger.open()).as("spans still open").isZero();
          softly.assertThat(ledger.violations()).as("wrong spans %s", ledger.samples()).isZero();
          softly.assertThat(lateCalls).as("calls on spans that had already ended").isZero();
        });
  }

  /** What the application saw, and the ledger's view between the two phases. */
  private record Run(
      long appFailures, long contextLeaks, long openAtOnce, long endedBeforeCompletion) {}

  /** Starts every job, then completes them all; the futures are garbage once this returns. */
  private static Run run(SpanLedger ledger, int[] order, byte[] outcomes, long timeoutSeconds)
      throws Exception {
    int count = outcomes.length;
    long appFailures = 0;
    long contextLeaks = 0;
    Jobs jobs = new Jobs();
    @SuppressWarnings({"unchecked", "rawtypes"})
    CompletableFuture<Long>[] created = new CompletableFuture[count];
    @SuppressWarnings({"unchecked", "rawtypes"})
    CompletableFuture<Long>[] returned = new CompletableFuture[count];
    for (int job = 0; job < count; job++) {
      int slot = job;
      returned[job] = jobs.start(job, future -> created[slot] = future);
      if (returned[job] != created[job]) {
        appFailures++;
      }
      if (Context.current() != Context.root()) {
        contextLeaks++;
      }
    }
    long openAtOnce = ledger.open();
    long endedBeforeCompletion = ledger.ended();

    LongAdder completerLeaks = new LongAdder();
    completeInOrder(created, order, outcomes, completerLeaks, timeoutSeconds);
    for (int job = 0; job < count; job++) {
      if (!completedAsPlanned(returned[job], job, outcomes[job])) {
        appFailures++;
      }
    }
    return new Run(
        appFailures, contextLeaks + completerLeaks.sum(), openAtOnce, endedBeforeCompletion);
  }

  /** Completes {@code futures} in {@code order} from a small pool, as {@code outcomes} say. */
  private static void completeInOrder(
      CompletableFuture<Long>[] futures,
      int[] order,
      byte[] outcomes,
      LongAdder contextLeaks,
      long timeoutSeconds)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(COMPLETING_THREADS);
    try {
      List<Future<?>> completers = new ArrayList<>();
      for (int t = 0; t < COMPLETING_THREADS; t++) {
        completers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < order.length;
                      i = next.getAndIncrement()) {
                    int job = order[i];
                    complete(futures[job], job, outcomes[job]);
                    if (Context.current() != Context.root()) {
                      contextLeaks.increment();
                    }
                  }
                }));
      }
      for (Future<?> completer : completers) {
        completer.get(timeoutSeconds, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void complete(CompletableFuture<Long> future, int job, int outcome) {
    switch (outcome) {
      case NORMAL:
        future.complete(valueOf(job));
        break;
      case EXCEPTIONAL:
        future.completeExceptionally(new UncheckedFailure(job));
        break;
      default:
        future.cancel(false);
    }
  }

  private static long valueOf(int job) {
    return job * 7L + 1;
  }

  /** What the application sees of the future it got back. */
  private static boolean completedAsPlanned(CompletableFuture<Long> future, int job, int outcome) {
    switch (outcome) {
      case NORMAL:
        return Long.valueOf(valueOf(job)).equals(future.getNow(null));
      case EXCEPTIONAL:
        try {
          future.get(0, TimeUnit.SECONDS);
          return false;
        } catch (ExecutionException e) {
          return e.getCause() instanceof UncheckedFailure
              && ((UncheckedFailure) e.getCause()).value() == job
              && !future.isCancelled();
        } catch (Exception e) {
          return false;
        }
      default:
        return future.isCancelled();
    }
  }

  /** What is wrong with an ended span, given what its job's future was planned to do. */
  private static String wrongStatus(ReadableSpan span, byte[] outcomes) {
    Long job = span.getAttribute(longKey("job"));
    if (job == null || job < 0 || job >= outcomes.length) {
      return "span " + span.getName() + " has no valid job tag: " + job;
    }
    SpanData data = span.toSpanData();
    StatusCode status = data.getStatus().getStatusCode();
    String exception = exceptionType(data);
    boolean cancelled = Boolean.TRUE.equals(span.getAttribute(booleanKey("cancelled")));
    boolean right;
    switch (outcomes[job.intValue()]) {
      case NORMAL:
        right = status == StatusCode.UNSET && exception == null && !cancelled;
        break;
      case EXCEPTIONAL:
        right =
            status == StatusCode.ERROR
                && ("unchecked " + job).equals(data.getStatus().getDescription())
                && UncheckedFailure.class.getName().equals(exception)
                && !cancelled;
        break;
      default:
        right =
            status == StatusCode.ERROR
                && CancellationException.class.getName().equals(exception)
                && cancelled;
    }
    return right
        ? null
        : String.format(
            Locale.ROOT,
            "job %d planned %d ended with %s, exception %s, cancelled tag %s",
            job,
            outcomes[job.intValue()],
            data.getStatus(),
            exception,
            cancelled);
  }

  private static String exceptionType(SpanData data) {
    for (EventData event : data.getEvents()) {
      if (event.getName().equals("exception")) {
        return event.getAttributes().get(stringKey("exception.type"));
      }
    }
    return null;
  }

  private static int[] shuffled(int count, SplittableRandom random) {
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
