package dev.weftrace.testing.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Median, minimum and maximum of one figure over the runs of a benchmark. The median, because on a
 * shared machine a run now and then is slowed by someone else's work, and a mean would carry that.
 *
 * @param median the middle value, or the mean of the two middle ones
 * @param min the smallest value
 * @param max the largest value
 */
public record Spread(double median, double min, double max) {

  /** The spread of {@code figure} over {@code runs} (at least one). */
  public static <T> Spread of(List<T> runs, ToDoubleFunction<T> figure) {
    double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
    if (values.length == 0) {
      throw new IllegalArgumentException("no runs");
    }
    int middle = values.length / 2;
    double median =
        values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    return new Spread(median, values[0], values[values.length - 1]);
  }

  /** The median of {@code values} (at least one). */
  public static double median(double... values) {
    return of(Arrays.stream(values).boxed().toList(), Double::doubleValue).median();
  }

  /** {@code median (min–max)} with {@code format} for each number, e.g. {@code "%.0f"}. */
  public String format(String format) {
    return String.format(
        Locale.ROOT, format + " (" + format + "–" + format + ")", median, min, max);
  }
}
