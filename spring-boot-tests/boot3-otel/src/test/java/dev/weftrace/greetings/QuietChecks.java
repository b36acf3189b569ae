package dev.weftrace.greetings;

import org.springframework.boot.test.system.CapturedOutput;

/** Waits, bounded, for a line of weftrace's in the captured output. */
final class QuietChecks {

  private QuietChecks() {}

  static void awaitLine(CapturedOutput output, String text) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!output.getAll().contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no line with '" + text + "' in:\n" + output.getAll());
      }
      Thread.sleep(50);
    }
  }
}
