package dev.weftrace.benchmarks.report;

import static dev.weftrace.benchmarks.report.RuntimeReport.f;

import dev.weftrace.benchmarks.report.JmhScores.Score;
import java.util.Map;

/**
 * The ratios between the variants of ProcessorBenchmark, from one JMH run: javac with weftrace's
 * processor against javac alone and against a no-op processor, and the time spent inside the
 * processor ({@code processor.ms} of ProcessorTimeProfiler).
 */
final class ProcessorReport {

  /** The line the ratios start with (the summary copies from here on). */
  static final String START = "Ratios of mean compile time (same run):";

  private ProcessorReport() {}

  static String render(JmhScores run) {
    Map<String, Score> compile = run.byParam("ProcessorBenchmark.compile");
    StringBuilder out = new StringBuilder(START).append('\n');
    ratio(out, compile, "weftrace", "none", "  javac + weftrace / javac alone (-proc:none): %.2f");
    ratio(out, compile, "weftrace", "noop", "  javac + weftrace / javac + no-op processor:  %.2f");
    ratio(out, compile, "noop", "none", "  javac + no-op processor / javac alone:       %.2f");
    Score weftrace = compile.get("weftrace");
    if (weftrace != null && weftrace.secondary().containsKey("processor.ms")) {
      out.append(
              f(
                  "  time inside TraceProcessor per compilation:  %.3f ms",
                  weftrace.secondary().get("processor.ms")))
          .append('\n');
    }
    return out.toString();
  }

  private static void ratio(
      StringBuilder out, Map<String, Score> compile, String a, String z, String format) {
    if (compile.containsKey(a) && compile.containsKey(z)) {
      out.append(f(format, compile.get(a).score() / compile.get(z).score())).append('\n');
    }
  }
}
