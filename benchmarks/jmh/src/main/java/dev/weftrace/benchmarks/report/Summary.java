package dev.weftrace.benchmarks.report;

import dev.weftrace.testing.report.Machine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code benchmarks/results/summary.md}, the table the README links, from the files one run
 * of {@code benchmarks/run-all.sh} just wrote: per-call cost against hand-written OpenTelemetry
 * code (runtime.json), against the peers (peers.md), process start-up (startup.md), build cost
 * (build-cost.md) and the processor (processor.json), under one description of the machine.
 *
 * <pre>
 *   Summary BUILT_FROM SETTINGS STEP=SECONDS...
 * </pre>
 *
 * BUILT_FROM names the commit built (and whether the tree differed from it), SETTINGS the options
 * of the run, and each STEP=SECONDS how long a step took ({@code build}, {@code runtime}, ...).
 */
public final class Summary {

  private static final Path RESULTS = Path.of("benchmarks/results");

  private Summary() {}

  /** See the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Summary BUILT_FROM SETTINGS STEP=SECONDS...");
      System.exit(2);
    }
    Map<String, String> took = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      took.put(
          args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
    }
    List<String> out = new ArrayList<>();
    out.add("# weftrace benchmark results");
    out.add("");
    out.add(
        "Written by `benchmarks/run-all.sh` at the end of one run; every figure below comes from"
            + " that");
    out.add(
        "run. Ratios are measured side by side in one JMH run (or, for whole processes and builds,");
    out.add("interleaved rounds); absolute times on a shared 2-core machine move from run to run.");
    out.add("");
    out.add("- Date: " + Machine.nowToTheMinute() + "; built from weftrace commit " + args[0]);
    out.add(
        "- Machine: "
            + Machine.cpus()
            + " CPUs ("
            + Machine.cpuModel()
            + "), "
            + Machine.memory()
            + ", "
            + Machine.kernel());
    out.add(
        "- Java: "
            + Machine.javaVersion().stream().findFirst().orElse("?")
            + "; "
            + Machine.mavenVersion());
    out.add("- Duration: " + duration(took));
    out.add("- Settings: " + args[1]);
    out.add("");
    out.add("## Per call, against hand-written OpenTelemetry code");
    out.add("");
    out.add(
        "From runtime.json (raw results are not kept in git); what each case is and where the cost"
            + " goes: [runtime.md](runtime.md).");
    out.add("");
    out.addAll(
        RuntimeReport.render(JmhScores.read(RESULTS.resolve("runtime.json"))).lines().toList());
    out.add("");
    out.add("## Per call, against the peers");
    out.add("");
    out.addAll(bodyOf(RESULTS.resolve("peers.md")));
    out.add("");
    out.add("## Process start-up and whole run");
    out.add("");
    out.addAll(bodyOf(RESULTS.resolve("startup.md")));
    out.add("");
    out.add("## Build cost");
    out.add("");
    out.addAll(bodyOf(RESULTS.resolve("build-cost.md")));
    out.add("");
    out.add("## Annotation processor");
    out.add("");
    out.add("From processor.json; the benchmark is described in [processor.md](processor.md).");
    out.add("");
    out.add("```");
    out.addAll(
        ProcessorReport.render(JmhScores.read(RESULTS.resolve("processor.json"))).lines().toList());
    out.add("```");
    Path summary = RESULTS.resolve("summary.md");
    Files.write(summary, out, StandardCharsets.UTF_8);
    System.out.println("Summary: " + summary);
  }

  private static String duration(Map<String, String> took) {
    long total = 0;
    List<String> steps = new ArrayList<>();
    for (Map.Entry<String, String> step : took.entrySet()) {
      total += Long.parseLong(step.getValue());
      steps.add(step.getKey() + " " + step.getValue() + " s");
    }
    return total + " s in all (" + String.join(", ", steps) + ")";
  }

  /**
   * A Markdown file without its first heading, its other headings one level down (outside fenced
   * blocks), so that it nests under a heading of the summary.
   */
  static List<String> bodyOf(Path markdown) throws IOException {
    return bodyOf(Files.readAllLines(markdown, StandardCharsets.UTF_8));
  }

  static List<String> bodyOf(List<String> lines) {
    List<String> body = new ArrayList<>();
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("# ")) {
        continue;
      }
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      body.add(!fenced && line.matches("#+ .*") ? "#" + line : line);
    }
    return body;
  }
}
