package dev.weftrace.it.stress;

/** A planned unchecked failure, of a {@link CallTree} level or of a {@link Jobs} future. */
public final class UncheckedFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long value;

  public UncheckedFailure(long value) {
    super("unchecked " + value);
    this.value = value;
  }

  /** The value the failing code computed. */
  public long value() {
    return value;
  }
}
