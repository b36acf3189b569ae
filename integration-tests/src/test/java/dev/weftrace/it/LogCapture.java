package dev.weftrace.it;

import java.time.Duration;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** Collects what weftrace logs (through {@code System.Logger}, hence JUL here). */
final class LogCapture {

  private LogCapture() {}

  static Handler into(List<LogRecord> records) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  /** The WARNING records whose message contains {@code text}. */
  static List<LogRecord> warnings(List<LogRecord> records, String text) {
    return records.stream()
        .filter(r -> r.getLevel() == Level.WARNING && r.getMessage().contains(text))
        .toList();
  }

  /** Waits (bounded) until a WARNING containing {@code text} has been logged; returns them all. */
  static List<LogRecord> awaitWarnings(List<LogRecord> records, String text, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (warnings(records, text).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return warnings(records, text);
  }
}
