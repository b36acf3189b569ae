package dev.weftrace.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one JMH run, read from its JSON result file, keyed by {@code Class.method} (and, in
 * {@link #byParam}, by the value of the benchmark's one parameter): the primary score with its
 * 99.9% error, and the secondary scores of the profilers ({@code gc.alloc.rate.norm}, {@code
 * process.cpu.norm}, {@code processor.ms}, ...). An error JMH could not compute (one iteration) is
 * 0, as is a score JMH prints as {@code ≈ 0}.
 */
final class JmhScores {

  /**
   * One benchmark's result.
   *
   * @param name {@code Class.method}
   * @param param the value of its parameter, or {@code null} if it has none
   * @param score the primary score (ns/op or ms/op)
   * @param error half the 99.9% confidence interval of {@link #score}
   * @param secondary the secondary scores by name
   */
  record Score(
      String name, String param, double score, double error, Map<String, Double> secondary) {

    /** Bytes allocated per operation ({@code -prof gc}), 0 if not measured. */
    double bytes() {
      return secondary.getOrDefault("gc.alloc.rate.norm", 0.0);
    }
  }

  private final List<Score> scores;

  private JmhScores(List<Score> scores) {
    this.scores = scores;
  }

  /** Reads JMH's JSON result file. */
  static JmhScores read(Path json) throws IOException {
    return parse(Files.readString(json, StandardCharsets.UTF_8));
  }

  /** Parses the text of JMH's JSON result file. */
  @SuppressWarnings("unchecked")
  static JmhScores parse(String json) {
    List<Object> runs = (List<Object>) Json.parse(json);
    return new JmhScores(
        runs.stream().map(run -> (Map<String, Object>) run).map(JmhScores::score).toList());
  }

  @SuppressWarnings("unchecked")
  private static Score score(Map<String, Object> run) {
    String[] parts = ((String) run.get("benchmark")).split("\\.");
    String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
    Map<String, Object> params = (Map<String, Object>) run.get("params");
    String param =
        params == null || params.isEmpty() ? null : (String) params.values().iterator().next();
    Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
    Map<String, Double> secondary = new LinkedHashMap<>();
    Map<String, Object> metrics = (Map<String, Object>) run.get("secondaryMetrics");
    if (metrics != null) {
      metrics.forEach(
          (metric, value) ->
              secondary.put(metric, number(((Map<String, Object>) value).get("score"))));
    }
    return new Score(
        name, param, number(primary.get("score")), number(primary.get("scoreError")), secondary);
  }

  private static double number(Object value) {
    return value instanceof Double d && !d.isNaN() && !d.isInfinite() ? d : 0;
  }

  /** The results by {@code Class.method}; of several with the same name, the last. */
  Map<String, Score> byName() {
    Map<String, Score> map = new LinkedHashMap<>();
    scores.forEach(score -> map.put(score.name(), score));
    return map;
  }

  /** The results of benchmark {@code name} by the value of its parameter. */
  Map<String, Score> byParam(String name) {
    Map<String, Score> map = new LinkedHashMap<>();
    scores.stream()
        .filter(score -> score.name().equals(name))
        .forEach(score -> map.put(score.param(), score));
    return map;
  }
}
