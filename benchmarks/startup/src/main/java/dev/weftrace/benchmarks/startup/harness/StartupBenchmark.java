package dev.weftrace.benchmarks.startup.harness;

import dev.weftrace.testing.datadog.FakeDatadogIntake;
import dev.weftrace.testing.report.GnuTime;
import dev.weftrace.testing.report.Machine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts the same small app (2,000 orders, 10,000 traced calls) in five variants, round after round
 * with the variants interleaved, each run under GNU time, and writes the medians: see
 * benchmarks/startup/README.md.
 *
 * <p>Variants: plain (unwoven classes, no tracer), weftrace (woven classes, OpenTelemetry SDK),
 * sdk-only (unwoven classes, the same SDK started and shut down), otel-agent (unwoven classes,
 * OpenTelemetry Java agent), datadog (unwoven classes, Datadog Java agent sending to a {@link
 * FakeDatadogIntake} in this JVM that counts traces and spans). Run from the repository root after
 * {@code mvn package} of this module ({@code benchmarks/run-all.sh startup} does both); {@code
 * ROUNDS} (default 7) measured rounds follow one warm-up round. Writes {@code
 * benchmarks/results/startup.txt} (one line per run) and {@code startup.md} ({@link
 * StartupReport}).
 */
public final class StartupBenchmark {

  private static final List<String> VARIANTS =
      List.of("plain", "weftrace", "sdk-only", "otel-agent", "datadog");
  private static final String APP = "dev.weftrace.benchmarks.startup.StartupApp";
  private static final Path TARGET = Path.of("benchmarks/startup/target");
  private static final Path UNWOVEN = TARGET.resolve("unwoven-classes");
  private static final Path WOVEN = TARGET.resolve("classes");
  private static final Path CLASSPATH = TARGET.resolve("classpath");
  private static final Path AGENTS = TARGET.resolve("agents");
  private static final Path RESULTS = Path.of("benchmarks/results");

  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final Path raw = RESULTS.resolve("startup.txt");
  private final Path work;
  private final FakeDatadogIntake sink;

  private StartupBenchmark(Path work, FakeDatadogIntake sink) {
    this.work = work;
    this.sink = sink;
  }

  /** Runs the benchmark; see the class comment. */
  public static void main(String[] args) throws Exception {
    String rounds = System.getenv().getOrDefault("ROUNDS", "7");
    List<Path> required = new ArrayList<>();
    required.add(UNWOVEN.resolve(APP.replace('.', '/') + ".class"));
    required.add(WOVEN.resolve(APP.replace('.', '/') + ".class"));
    required.add(AGENTS.resolve("opentelemetry-javaagent.jar"));
    required.add(AGENTS.resolve("dd-java-agent.jar"));
    for (String variant : List.of("weftrace", "otel-agent", "datadog")) {
      required.add(CLASSPATH.resolve(variant + ".txt"));
    }
    for (Path file : required) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("missing " + file + ": build benchmarks/startup first");
      }
    }
    Path work = Files.createTempDirectory("weftrace-startup");
    // The Datadog agent's intake: counts traces and spans of every payload, keeps nothing.
    try (FakeDatadogIntake sink = FakeDatadogIntake.start(0, FakeDatadogIntake.Bodies.COUNT)) {
      new StartupBenchmark(work, sink).run(Integer.parseInt(rounds));
    } finally {
      try (var files = Files.list(work)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(work);
    }
  }

  private void run(int rounds) throws IOException, InterruptedException {
    Files.createDirectories(RESULTS);
    Files.write(
        raw,
        List.of(
            "# weftrace start-up benchmark, one line per run; round 0 is a warm-up, not in the"
                + " medians",
            "# date: " + Machine.now(),
            "# nproc: " + Machine.cpus(),
            "# load-start: " + Machine.loadAverage(),
            "# java: " + Machine.javaVersionLine(),
            "# code: commit "
                + Machine.commit()
                + ", working tree with "
                + Machine.changedPaths()
                + " paths changed or untracked",
            "# rounds: " + rounds,
            "# columns: round variant main_us ready_us first_call_us wall_us user_s sys_s"
                + " max_rss_kib sink_traces sink_spans tracing"),
        StandardCharsets.UTF_8);
    long started = System.nanoTime();
    for (int round = 0; round <= rounds; round++) {
      for (String variant : VARIANTS) {
        String line = runOnce(round, variant);
        Files.writeString(raw, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.println(line.length() > 100 ? line.substring(0, 100) : line);
      }
    }
    Files.writeString(
        raw,
        "# load-end: "
            + Machine.loadAverage()
            + "\n# duration: runs "
            + (System.nanoTime() - started) / 1_000_000_000L
            + " s\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Path md = RESULTS.resolve("startup.md");
    String report = new StartupReport(Files.readAllLines(raw, StandardCharsets.UTF_8)).render();
    Files.writeString(md, report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  /**
   * Runs one variant once and returns its line of the raw file. Times are in microseconds from the
   * launch instant, taken just before GNU time is started.
   */
  private String runOnce(int round, String variant) throws IOException, InterruptedException {
    List<String> command = command(variant);
    Path time = work.resolve("time");
    Path out = work.resolve("out");
    Path err = work.resolve("err");
    boolean datadog = variant.equals("datadog");
    long tracesBefore = sink.traces();
    long spansBefore = sink.spanCount();
    ProcessBuilder builder =
        new ProcessBuilder(GnuTime.wrap(time, command))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    long launch = epochMicros();
    int status = builder.start().waitFor();
    long finished = epochMicros();
    if (status != 0) {
      throw new IllegalStateException(
          variant + " failed (round " + round + "):\n" + read(out) + read(err) + read(time));
    }
    String app =
        Files.readAllLines(out, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("startup-app "))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(variant + " printed no result line"));
    String sinkTraces = "-";
    String sinkSpans = "-";
    if (datadog) {
      // The agent flushes in a shutdown hook and the sink counts before it answers, so the
      // counts are complete once the JVM has exited.
      long traces = sink.traces() - tracesBefore;
      if (traces == 0) {
        throw new IllegalStateException(
            "datadog (round " + round + "): the sink received no trace");
      }
      sinkTraces = Long.toString(traces);
      sinkSpans = Long.toString(sink.spanCount() - spansBefore);
    }
    return runLine(
        round, variant, launch, finished, GnuTime.read(time), sinkTraces, sinkSpans, app);
  }

  /**
   * The raw line of one run ({@link Run#parse} reads it back): the app's instants relative to the
   * launch, GNU time's figures, the sink's counts and the app's tracing evidence.
   */
  static String runLine(
      int round,
      String variant,
      long launch,
      long finished,
      GnuTime time,
      String sinkTraces,
      String sinkSpans,
      String app) {
    return String.join(
        " ",
        Integer.toString(round),
        variant,
        Long.toString(value(app, "main-us") - launch),
        Long.toString(value(app, "ready-us") - launch),
        Long.toString(value(app, "first-traced-call-us") - launch),
        Long.toString(finished - launch),
        String.format(Locale.ROOT, "%.2f", time.userSeconds()),
        String.format(Locale.ROOT, "%.2f", time.systemSeconds()),
        Long.toString(time.maxRssKib()),
        sinkTraces,
        sinkSpans,
        app.substring(app.indexOf("tracing=") + "tracing=".length()));
  }

  private static long value(String app, String key) {
    for (String field : app.split(" ")) {
      if (field.startsWith(key + "=")) {
        return Long.parseLong(field.substring(key.length() + 1));
      }
    }
    throw new IllegalArgumentException("no " + key + " in: " + app);
  }

  /** The JVM command line of one variant. */
  private List<String> command(String variant) throws IOException {
    String app = variant;
    return switch (variant) {
      case "plain" -> List.of(java, "-cp", UNWOVEN.toString(), APP, app);
      case "weftrace" -> List.of(java, "-cp", WOVEN + ":" + classpath("weftrace"), APP, app);
      case "sdk-only" -> List.of(java, "-cp", UNWOVEN + ":" + classpath("weftrace"), APP, app);
      case "otel-agent" ->
          List.of(
              java,
              "-javaagent:" + AGENTS.resolve("opentelemetry-javaagent.jar"),
              "-Dotel.service.name=weftrace-startup",
              "-Dotel.traces.exporter=none",
              "-Dotel.metrics.exporter=none",
              "-Dotel.logs.exporter=none",
              "-cp",
              UNWOVEN + ":" + classpath("otel-agent"),
              APP,
              app);
      case "datadog" ->
          List.of(
              java,
              "-javaagent:" + AGENTS.resolve("dd-java-agent.jar"),
              "-Ddd.service=weftrace-startup",
              "-Ddd.trace.agent.url=" + sink.url(),
              "-Ddd.instrumentation.telemetry.enabled=false",
              "-Ddd.remote_config.enabled=false",
              "-Ddd.jmxfetch.enabled=false",
              "-Ddd.trace.startup.logs=false",
              "-cp",
              UNWOVEN + ":" + classpath("datadog"),
              APP,
              app);
      default -> throw new IllegalArgumentException("no variant " + variant);
    };
  }

  private static String classpath(String variant) throws IOException {
    return Files.readString(CLASSPATH.resolve(variant + ".txt"), StandardCharsets.UTF_8).trim();
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static long epochMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }
}
