package dev.weftrace.it.stress;

/** A planned checked failure of a {@link CallTree} level, carrying the value it was thrown with. */
public final class CheckedFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final long value;

  public CheckedFailure(long value) {
    super("checked " + value);
    this.value = value;
  }

  /** The value the throwing level computed. */
  public long value() {
    return value;
  }
}
