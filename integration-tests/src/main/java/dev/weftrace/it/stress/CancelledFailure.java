package dev.weftrace.it.stress;

import java.util.concurrent.CancellationException;

/**
 * A planned cancellation of a {@link CallTree} leaf, as {@code Future.get()} throws for a cancelled
 * task; weftrace treats cancellations apart, so the call trees include them.
 */
public final class CancelledFailure extends CancellationException {

  private static final long serialVersionUID = 1L;

  private final long value;

  public CancelledFailure(long value) {
    super("cancelled " + value);
    this.value = value;
  }

  /** The value the cancelled leaf computed. */
  public long value() {
    return value;
  }
}
