package dev.weftrace.benchmarks.report;

import dev.weftrace.testing.report.Machine;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one group of JMH benchmarks of this module and writes its report into {@code
 * benchmarks/results/}: JMH's output ({@code NAME.txt}) and result file ({@code NAME.json}), which
 * stay out of git, and the comparisons of {@link RuntimeReport}, {@link PeersReport} or {@link
 * ProcessorReport}.
 *
 * <pre>
 *   java -cp benchmarks/jmh/target/benchmarks.jar dev.weftrace.benchmarks.report.Benchmarks \
 *       runtime|peers|processor [--report-only] [JMH options]
 * </pre>
 *
 * Run from the repository root: the peers' forks find their agents at {@code
 * benchmarks/jmh/target/agents/}. Extra JMH options are passed on ({@code -f 1}, {@code -p
 * processor=none}, ...). {@code --report-only} runs nothing and writes the report again from the
 * files of the last run.
 */
public final class Benchmarks {

  private static final Path RESULTS = Path.of("benchmarks/results");
  private static final Path AGENTS = Path.of("benchmarks/jmh/target/agents");

  /** The Datadog forks' trace sink listens here (see peers.datadog.SinkAgent). */
  private static final int SINK_PORT = 18126;

  private final String name;
  private final Path txt;
  private final Path json;

  private Benchmarks(String name) {
    this.name = name;
    this.txt = RESULTS.resolve(name + ".txt");
    this.json = RESULTS.resolve(name + ".json");
  }

  /** See the class comment. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !List.of("runtime", "peers", "processor").contains(args[0])) {
      System.err.println("usage: Benchmarks runtime|peers|processor [--report-only] [JMH options]");
      System.exit(2);
    }
    List<String> options = new ArrayList<>(List.of(args).subList(1, args.length));
    boolean reportOnly = options.remove("--report-only");
    Files.createDirectories(RESULTS);
    Benchmarks benchmarks = new Benchmarks(args[0]);
    switch (args[0]) {
      case "runtime" -> benchmarks.runtime(reportOnly, options);
      case "peers" -> benchmarks.peers(reportOnly, options);
      default -> benchmarks.processor(reportOnly, options);
    }
  }

  private void runtime(boolean reportOnly, List<String> options) throws Exception {
    long elapsed;
    if (reportOnly) {
      // Keep JMH's output of the last run, drop the comparisons printed after it.
      List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
      int end = 0;
      while (end < lines.size() && !lines.get(end).startsWith("JMH run: ")) {
        end++;
      }
      while (end > 0 && lines.get(end - 1).isBlank()) {
        end--;
      }
      Files.write(txt, lines.subList(0, end), StandardCharsets.UTF_8);
      elapsed = totalTime(lines);
    } else {
      List<String> header = new ArrayList<>();
      header.add(
          "# "
              + Machine.now()
              + ", "
              + Machine.cpus()
              + " CPUs, load average: "
              + Machine.loadAverage());
      Machine.javaVersion().forEach(line -> header.add("# " + line));
      start(header);
      long started = System.nanoTime();
      jmh(List.of("dev\\.weftrace\\.benchmarks\\.runtime\\.", "-prof", "gc"), options);
      elapsed = (System.nanoTime() - started) / 1_000_000_000L;
    }
    String report =
        "\nJMH run: "
            + elapsed
            + " s; load average at the end: "
            + Machine.loadAverage()
            + "\n\n"
            + RuntimeReport.render(JmhScores.read(json));
    System.out.print(report);
    Files.writeString(txt, report, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private void peers(boolean reportOnly, List<String> options) throws Exception {
    if (!reportOnly) {
      for (String agent : List.of("opentelemetry-javaagent", "dd-java-agent")) {
        if (!Files.isRegularFile(AGENTS.resolve(agent + ".jar"))) {
          throw new IllegalStateException(
              AGENTS.resolve(agent + ".jar") + " is missing: build benchmarks/jmh first");
        }
      }
      if (!free(SINK_PORT)) {
        throw new IllegalStateException(
            "127.0.0.1:"
                + SINK_PORT
                + " is in use: the Datadog forks need it for their trace sink");
      }
      // What the report says about the run is written into peers.txt itself (lines starting
      // "#peers "), so that --report-only can write peers.md again from the files alone.
      start(
          List.of(
              "#peers started=" + Machine.now(),
              "#peers cpus=" + Machine.cpus(),
              "#peers load_start=" + Machine.loadAverage(),
              "#peers java=" + Machine.javaVersionLine(),
              "#peers options=" + String.join(" ", options)));
      long started = System.nanoTime();
      jmh(
          List.of(
              "dev\\.weftrace\\.benchmarks\\.peers\\.",
              "-prof",
              "gc",
              "-prof",
              "dev.weftrace.benchmarks.peers.ProcessCpuProfiler"),
          options);
      append(
          List.of(
              "#peers jmh_seconds=" + (System.nanoTime() - started) / 1_000_000_000L,
              "#peers load_end=" + Machine.loadAverage()));
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
      if (line.startsWith("#peers ") && line.indexOf('=') > 0) {
        meta.put(line.substring(7, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    String report = PeersReport.render(meta, JmhScores.read(json));
    Path md = RESULTS.resolve("peers.md");
    Files.writeString(md, report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.print(report);
    System.out.println();
    System.out.println("Wrote " + txt + ", " + json + " and " + md + ".");
  }

  private void processor(boolean reportOnly, List<String> options) throws Exception {
    if (!reportOnly) {
      start(List.of());
      jmh(
          List.of(
              "ProcessorBenchmark",
              "-prof",
              "gc",
              "-prof",
              "dev.weftrace.benchmarks.processor.ProcessorTimeProfiler"),
          options);
    }
    String report = "\n" + ProcessorReport.render(JmhScores.read(json));
    System.out.print(report);
    Files.writeString(txt, report, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /**
   * Runs JMH with {@code fixed} arguments, the JSON result file and the user's {@code options}, its
   * output going both to the console and to {@link #txt}; fails if JMH does (with {@code -foe
   * true}, if a benchmark does).
   */
  private void jmh(List<String> fixed, List<String> options) throws Exception {
    List<String> args = new ArrayList<>(fixed);
    args.addAll(List.of("-rf", "json", "-rff", json.toString()));
    args.addAll(options);
    CommandLineOptions parsed = new CommandLineOptions(args.toArray(new String[0]));
    try (OutputStream file = new FileOutputStream(txt.toFile(), true);
        PrintStream both =
            new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8)) {
      VerboseMode mode = parsed.verbosity().orElse(VerboseMode.NORMAL);
      new Runner(parsed, OutputFormatFactory.createFormatInstance(both, mode)).run();
    }
  }

  /** Starts {@link #txt} with {@code lines}, echoing them. */
  private void start(List<String> lines) throws IOException {
    lines.forEach(System.out::println);
    Files.write(txt, lines, StandardCharsets.UTF_8);
  }

  private void append(List<String> lines) throws IOException {
    lines.forEach(System.out::println);
    Files.write(txt, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static boolean free(int port) {
    try {
      new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** JMH's "# Run complete. Total time: HH:MM:SS" in seconds, 0 if absent. */
  static long totalTime(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("# Run complete. Total time:")) {
        String[] hms = line.substring(line.lastIndexOf(' ') + 1).split(":");
        return Long.parseLong(hms[0]) * 3600 + Long.parseLong(hms[1]) * 60 + Long.parseLong(hms[2]);
      }
    }
    return 0;
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      a.write(bytes, offset, length);
      b.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }

    @Override
    public void close() throws IOException {
      b.close();
    }
  }
}
