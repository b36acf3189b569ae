package dev.weftrace.sample;

/** Rounding of amounts, kept in one place so that every printed price has whole cents. */
final class Money {

  private Money() {}

  /** {@code amount} rounded to the nearest cent. */
  static double cents(double amount) {
    return Math.round(amount * 100) / 100.0;
  }
}
