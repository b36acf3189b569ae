package dev.weftrace.it.stress;

import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts calls on spans that had already ended ({@code end()} a second time, {@code setStatus} or
 * {@code setAttribute} after the end), which the SDK ignores and only mentions in a {@code FINE}
 * log record of its {@code io.opentelemetry.sdk.trace.SdkSpan} logger. A processor cannot see them:
 * the SDK never passes a span to {@code onEnd} twice. Relies on that log record, so a test using
 * this class should also show that it counts a deliberate second {@code end()}.
 */
final class EndedSpanCalls extends Handler implements AutoCloseable {

  // The SDK's class is package-private. Held strongly: java.util.logging keeps loggers weakly.
  private final Logger logger = Logger.getLogger("io.opentelemetry.sdk.trace.SdkSpan");
  private final Level previousLevel = logger.getLevel();
  private final LongAdder count = new LongAdder();

  private EndedSpanCalls() {
    setLevel(Level.ALL);
  }

  /** Starts counting; {@link #close()} stops. */
  static EndedSpanCalls install() {
    EndedSpanCalls calls = new EndedSpanCalls();
    calls.logger.setLevel(Level.FINE);
    calls.logger.addHandler(calls);
    return calls;
  }

  long count() {
    return count.sum();
  }

  @Override
  public void publish(LogRecord record) {
    String message = record.getMessage();
    if (message != null && message.contains("on an ended")) {
      count.increment();
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previousLevel);
  }
}
