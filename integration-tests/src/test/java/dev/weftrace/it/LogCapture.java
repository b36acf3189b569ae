package dev.weftrace.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Collects what weftrace logs (through {@code System.Logger}, hence JUL here) while a test class
 * runs: {@code @RegisterExtension static final LogCapture logs = new LogCapture();}.
 */
final class LogCapture implements BeforeAllCallback, AfterAllCallback {

  // Held here: JUL keeps loggers only weakly, and a collected logger would take the handler along.
  private final Logger logger = Logger.getLogger("dev.weftrace");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @Override
  public void beforeAll(ExtensionContext context) {
    logger.addHandler(handler);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    logger.removeHandler(handler);
  }

  /** The WARNING records so far whose message contains {@code text}. */
  List<LogRecord> warnings(String text) {
    return records.stream()
        .filter(r -> r.getLevel() == Level.WARNING && r.getMessage().contains(text))
        .toList();
  }

  /** Waits (bounded) until a WARNING containing {@code text} has been logged; returns them all. */
  List<LogRecord> awaitWarnings(String text, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (warnings(text).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return warnings(text);
  }
}
