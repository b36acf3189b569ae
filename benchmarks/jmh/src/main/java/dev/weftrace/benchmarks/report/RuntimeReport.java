package dev.weftrace.benchmarks.report;

import dev.weftrace.benchmarks.report.JmhScores.Score;
import java.util.Locale;
import java.util.Map;

/**
 * The comparisons of the runtime benchmarks (dev.weftrace.benchmarks.runtime) against the targets
 * of issues 6 and 14, all from one JMH run: time ratios and allocation differences, each with a
 * verdict. Absolute times on a shared 2-core machine move from run to run; ratios measured side by
 * side move much less. Intervals combine JMH's 99.9% confidence intervals of both scores, the
 * widest way: they are a rough bound, not a statistical test, and decide whether one run settles a
 * verdict.
 */
final class RuntimeReport {

  /** The line the comparisons start with (the summary copies from here on). */
  static final String START = "Targets of issues 6 and 14";

  private final Map<String, Score> scores;
  private final StringBuilder out = new StringBuilder();

  private RuntimeReport(Map<String, Score> scores) {
    this.scores = scores;
  }

  /** The three tables: ratio targets, extra-time targets, and comparisons for reference. */
  static String render(JmhScores run) {
    RuntimeReport report = new RuntimeReport(run.byName());
    report.line(START + " (ns/op mean ± 99.9% CI; B/op from -prof gc, weftrace / compared):");
    report.line("");
    report.line(
        "| case | weftrace ns/op | compared ns/op | time ratio (interval) | Δ ns/op | B/op | Δ B/op"
            + " | target | verdict |");
    report.line("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    report.ratio(
        "1. SDK: woven vs hand-written",
        "SdkTracingBenchmark.woven",
        "SdkTracingBenchmark.handWritten",
        1.03,
        16);
    report.ratio(
        "2. SDK, CompletableFuture: woven vs hand-written",
        "SdkTracingBenchmark.wovenAsync",
        "SdkTracingBenchmark.handWrittenAsync",
        1.05,
        16);
    report.ratio(
        "4. no-op OpenTelemetry: woven vs hand-written",
        "NoopApiBenchmark.woven",
        "NoopApiBenchmark.handWritten",
        1.05,
        null);
    report.ratio(
        "4b. nothing registered, unrouted check settled: woven vs hand-written no-op",
        "UnregisteredApiBenchmark.woven",
        "UnregisteredApiBenchmark.handWritten",
        1.05,
        null);
    report.ratio(
        "6. @TagSpan, two tags on the current span: woven vs by hand on Span.current()",
        "TagSpanBenchmark.woven",
        "TagSpanBenchmark.handWritten",
        1.10,
        null);
    report.line("");
    report.line(
        "| case | weftrace ns/op | compared ns/op | time ratio | Δ ns/op (interval) | B/op | Δ B/op"
            + " | target | verdict |");
    report.line("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    report.extra(
        "3. weftrace.enabled=false: woven vs plain",
        "KillSwitchBenchmark.woven",
        "KillSwitchBenchmark.plain",
        1);
    report.extra(
        "5. weftrace.exclude: woven vs plain",
        "ExcludedBenchmark.woven",
        "ExcludedBenchmark.plain",
        2);
    report.extra(
        "7. weftrace.enabled=false: woven @TagSpan vs plain",
        "KillSwitchBenchmark.wovenTagSpan",
        "KillSwitchBenchmark.plain",
        1);
    report.line("");
    report.line("For reference (no target):");
    report.line("");
    report.line("| comparison | ns/op | compared ns/op | ratio | Δ ns/op | B/op | Δ B/op |");
    report.line("| --- | --- | --- | --- | --- | --- | --- |");
    report.info(
        "SDK, the peers' @Around + ProceedingJoinPoint advice vs hand-written",
        "SdkTracingBenchmark.aroundAdvice",
        "SdkTracingBenchmark.handWritten");
    report.info(
        "SDK: woven vs the peers' @Around + ProceedingJoinPoint advice",
        "SdkTracingBenchmark.woven",
        "SdkTracingBenchmark.aroundAdvice");
    report.info("SDK: woven vs plain", "SdkTracingBenchmark.woven", "SdkTracingBenchmark.plain");
    report.info(
        "SDK: hand-written vs plain",
        "SdkTracingBenchmark.handWritten",
        "SdkTracingBenchmark.plain");
    report.info(
        "SDK, below a woven span (no local-root record to make): woven vs hand-written",
        "NestedSdkTracingBenchmark.wovenNested",
        "NestedSdkTracingBenchmark.handWrittenNested");
    report.info(
        "SDK, future: woven vs plain",
        "SdkTracingBenchmark.wovenAsync",
        "SdkTracingBenchmark.plainAsync");
    report.info(
        "SDK, future: hand-written vs plain",
        "SdkTracingBenchmark.handWrittenAsync",
        "SdkTracingBenchmark.plainAsync");
    report.info("@TagSpan: woven vs plain", "TagSpanBenchmark.woven", "TagSpanBenchmark.plain");
    report.info(
        "@TagSpan: by hand vs plain", "TagSpanBenchmark.handWritten", "TagSpanBenchmark.plain");
    report.info(
        "weftrace.exclude, no @SpanTag: woven vs plain",
        "ExcludedBenchmark.wovenUntagged",
        "ExcludedBenchmark.plain");
    report.info(
        "weftrace.exclude: tagged vs untagged woven",
        "ExcludedBenchmark.woven",
        "ExcludedBenchmark.wovenUntagged");
    return report.out.toString();
  }

  /**
   * The verdict on a time ratio {@code r} against {@code limit}, given the interval {@code lo}–
   * {@code hi} of the ratio ({@code hi} 0 when unbounded): a mean on one side of the target with
   * the interval reaching the other side is reported as the result of this run only.
   */
  static String ratioVerdict(double r, double lo, double hi, double limit) {
    if (r <= limit) {
      return hi > 0 && hi <= limit
          ? "met"
          : f("met in this run, not settled: interval up to %.3f", hi);
    }
    return lo > limit
        ? f("missed by %.1f%%", 100 * (r - limit))
        : f(
            "missed by %.1f%% in this run, not settled: interval down to %.3f",
            100 * (r - limit), lo);
  }

  /**
   * The verdict on {@code d} extra nanoseconds against {@code limit}, given the combined error
   * {@code e} of both scores.
   */
  static String extraVerdict(double d, double e, double limit) {
    if (d <= limit) {
      return d + e <= limit
          ? "time met"
          : f("time met in this run, not settled: up to %+.1f ns", d + e);
    }
    return d - e > limit
        ? f("time missed by %.1f ns", d - limit)
        : f("time missed by %.1f ns in this run, not settled: down to %+.1f ns", d - limit, d - e);
  }

  /** Whether {@code db} extra bytes per call keep within {@code limit} (half a byte of slack). */
  static String bytesVerdict(double db, double limit) {
    return db <= limit + 0.5 ? "B/op met" : f("B/op missed by %.0f B", db - limit);
  }

  private void ratio(String label, String a, String z, double limit, Integer bytes) {
    Score sa = scores.get(a);
    Score sz = scores.get(z);
    if (sa == null || sz == null) {
      return;
    }
    double r = sa.score() / sz.score();
    double lo = (sa.score() - sa.error()) / (sz.score() + sz.error());
    double hi =
        sz.score() - sz.error() > 0 ? (sa.score() + sa.error()) / (sz.score() - sz.error()) : 0;
    double db = sa.bytes() - sz.bytes();
    String verdict = ratioVerdict(r, lo, hi, limit);
    if (bytes != null) {
      verdict += ", " + bytesVerdict(db, bytes);
    }
    line(
        f(
            "| %s | %.1f ± %.1f | %.1f ± %.1f | %.3f (%.3f–%.3f) | %+.1f | %.0f / %.0f | %+.0f |"
                + " ratio ≤ %.2f%s | %s |",
            label,
            sa.score(),
            sa.error(),
            sz.score(),
            sz.error(),
            r,
            lo,
            hi,
            sa.score() - sz.score(),
            sa.bytes(),
            sz.bytes(),
            db,
            limit,
            bytes != null ? f(", ≤ %+d B/op", bytes) : "",
            verdict));
  }

  private void extra(String label, String a, String z, int limit) {
    Score sa = scores.get(a);
    Score sz = scores.get(z);
    if (sa == null || sz == null) {
      return;
    }
    double d = sa.score() - sz.score();
    double e = sa.error() + sz.error();
    double db = sa.bytes() - sz.bytes();
    String verdict =
        extraVerdict(d, e, limit) + ", " + (db < 0.5 ? "B/op met" : f("B/op missed by %.0f B", db));
    line(
        f(
            "| %s | %.1f ± %.1f | %.1f ± %.1f | %.3f | %+.1f (%+.1f–%+.1f) | %.0f / %.0f | %+.0f |"
                + " ≤ %d ns extra, 0 B/op | %s |",
            label,
            sa.score(),
            sa.error(),
            sz.score(),
            sz.error(),
            sa.score() / sz.score(),
            d,
            d - e,
            d + e,
            sa.bytes(),
            sz.bytes(),
            db,
            limit,
            verdict));
  }

  private void info(String label, String a, String z) {
    Score sa = scores.get(a);
    Score sz = scores.get(z);
    if (sa == null || sz == null) {
      return;
    }
    line(
        f(
            "| %s | %.1f ± %.1f | %.1f ± %.1f | %.2f | %+.1f | %.0f / %.0f | %+.0f |",
            label,
            sa.score(),
            sa.error(),
            sz.score(),
            sz.error(),
            sa.score() / sz.score(),
            sa.score() - sz.score(),
            sa.bytes(),
            sz.bytes(),
            sa.bytes() - sz.bytes()));
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
