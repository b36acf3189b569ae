package dev.weftrace.e2e;

import datadog.trace.api.GlobalTracer;
import java.time.Duration;

/**
 * Runs one {@link BatchJob} under a {@link DropShortSpans} interceptor chosen by the argument:
 * {@code none} registers nothing, {@code short} drops every short leaf, {@code named} drops short
 * {@code cache.get} spans only. Prints whether the agent accepted the interceptor.
 */
public final class BatchJobProgram {

  /** Spans shorter than this are candidates; {@link BatchJob#slow} takes three times as long. */
  public static final Duration THRESHOLD = Duration.ofMillis(50);

  private BatchJobProgram() {}

  public static void main(String[] args) throws InterruptedException {
    String mode = args.length > 0 ? args[0] : "none";
    DropShortSpans interceptor =
        switch (mode) {
          case "none" -> null;
          case "short" -> DropShortSpans.shorterThan(THRESHOLD);
          case "named" -> DropShortSpans.shorterThan(THRESHOLD).onlyNamed("cache.get");
          default -> throw new IllegalArgumentException("mode none, short or named: " + mode);
        };
    if (interceptor != null) {
      boolean registered = GlobalTracer.get().addTraceInterceptor(interceptor);
      System.out.println("interceptor registered: " + registered);
    }
    new BatchJob(THRESHOLD.toMillis() * 3).run();
    System.out.println("done");
  }
}
