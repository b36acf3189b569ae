package dev.weftrace.it.stress;

/** What one top-level call gave the application: a value, or a failure and its value. */
record Outcome(Kind kind, long value, String unexpected) {

  enum Kind {
    VALUE,
    CHECKED,
    UNCHECKED,
    CANCELLED,
    /** Anything else thrown: never planned, so always a failure seen by the application. */
    OTHER
  }

  static Outcome value(long value) {
    return new Outcome(Kind.VALUE, value, null);
  }

  static Outcome checked(long value) {
    return new Outcome(Kind.CHECKED, value, null);
  }

  static Outcome unchecked(long value) {
    return new Outcome(Kind.UNCHECKED, value, null);
  }

  static Outcome cancelled(long value) {
    return new Outcome(Kind.CANCELLED, value, null);
  }

  /** Runs {@code plan} on the woven {@code tree}, from its top. */
  static Outcome ofCall(CallTree tree, long plan) {
    try {
      return value(tree.node(plan, 0));
    } catch (CheckedFailure failure) {
      return checked(failure.value());
    } catch (UncheckedFailure failure) {
      return unchecked(failure.value());
    } catch (CancelledFailure failure) {
      return cancelled(failure.value());
    } catch (Throwable other) {
      return new Outcome(Kind.OTHER, 0, other.toString());
    }
  }
}
