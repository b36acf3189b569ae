package dev.weftrace.benchmarks.startup.harness;

/**
 * One run of one variant, as a line of the raw results file ({@code benchmarks/results/
 * startup.txt}) records it: times in milliseconds from the instant the runner launched the JVM, CPU
 * time and peak resident memory as GNU {@code time} reported them, what the Datadog sink received
 * ({@code -1} when the variant does not use it) and the app's own tracing evidence.
 */
record Run(
    int round,
    String variant,
    double mainMs,
    double readyMs,
    double firstCallMs,
    double wallMs,
    double cpuSeconds,
    double rssMib,
    long sinkTraces,
    long sinkSpans,
    String tracing) {

  /**
   * Parses {@code round variant main_us ready_us first_call_us wall_us user_s sys_s max_rss_kib
   * sink_traces sink_spans tracing...}, where the sink columns are {@code -} when unused.
   *
   * @throws IllegalArgumentException if the line has fewer columns
   */
  static Run parse(String line) {
    String[] f = line.trim().split("\\s+", 12);
    if (f.length < 12) {
      throw new IllegalArgumentException("expected 12 columns: " + line);
    }
    return new Run(
        Integer.parseInt(f[0]),
        f[1],
        Long.parseLong(f[2]) / 1_000.0,
        Long.parseLong(f[3]) / 1_000.0,
        Long.parseLong(f[4]) / 1_000.0,
        Long.parseLong(f[5]) / 1_000.0,
        Double.parseDouble(f[6]) + Double.parseDouble(f[7]),
        Long.parseLong(f[8]) / 1_024.0,
        f[9].equals("-") ? -1 : Long.parseLong(f[9]),
        f[10].equals("-") ? -1 : Long.parseLong(f[10]),
        f[11]);
  }

  /** Whether this run was a warm-up, which the medians leave out. */
  boolean warmUp() {
    return round == 0;
  }
}
