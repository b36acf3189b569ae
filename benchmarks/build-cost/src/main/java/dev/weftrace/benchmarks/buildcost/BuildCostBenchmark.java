package dev.weftrace.benchmarks.buildcost;

import dev.weftrace.testing.report.GnuTime;
import dev.weftrace.testing.report.Machine;
import dev.weftrace.testing.report.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What weftrace adds to the build a user runs on every change: generates a 500-class project with 5
 * {@code @Trace} methods per class ({@link Generate}), builds it in three configurations, and
 * writes the median wall and CPU time, the ratios to javac alone against the goal of 1.5×, and
 * where the time goes (Maven start-up, javac, processor, ajc): see benchmarks/build-cost/README.md.
 *
 * <p>Run from the repository root after weftrace is installed in {@code ~/.m2} ({@code
 * benchmarks/run-all.sh build-cost} does both). Environment: {@code ROUNDS} (default 3), {@code
 * BUDGET_S} (default 230: rounds stop early, and the extras are skipped, if they would not fit),
 * {@code MAVEN_OPTS} (inherited by the timed Maven JVMs). Writes {@code
 * benchmarks/results/build-cost.md} and {@code build-cost.txt}; Maven's log of every build stays in
 * {@code benchmarks/build-cost/target/project/logs/}.
 */
public final class BuildCostBenchmark {

  private static final Path PROJECT = Path.of(Generate.DEFAULT_OUT);
  private static final Path WARMUP = Path.of("benchmarks/build-cost/target/project-warmup");
  private static final Path LOGS = PROJECT.resolve("logs");
  private static final Path RESULTS = Path.of("benchmarks/results");
  private static final String ASPECT = "dev/weftrace/weaver/aspect/TraceAspect";
  private static final List<String> LOG_OPTIONS =
      List.of(
          "-Dstyle.color=never",
          "-Dorg.slf4j.simpleLogger.showDateTime=true",
          "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");

  private final int rounds = Integer.parseInt(env("ROUNDS", "3"));
  private final long budgetNanos = Long.parseLong(env("BUDGET_S", "230")) * 1_000_000_000L;
  private final long began = System.nanoTime();
  private final Path raw = RESULTS.resolve("build-cost.txt");
  private final List<TimedBuild> builds = new ArrayList<>();
  private int retries;

  private BuildCostBenchmark() {}

  /** Runs the benchmark; see the class comment. */
  public static void main(String[] args) throws Exception {
    new BuildCostBenchmark().run();
  }

  private void run() throws Exception {
    Generate.main(new String[] {PROJECT.toString(), "500", "5"});
    Generate.main(new String[] {WARMUP.toString(), "10", "5"});
    deleteTree(LOGS);
    Files.createDirectories(LOGS);
    Files.createDirectories(RESULTS);
    warmUp();
    long warmed = System.nanoTime();

    Path weaverJar =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/dev/weftrace/weftrace-weaver",
            Generate.WEFTRACE_VERSION,
            "weftrace-weaver-" + Generate.WEFTRACE_VERSION + ".jar");
    String jarBefore = stamp(weaverJar);
    String mavenOpts = Objects.requireNonNullElse(System.getenv("MAVEN_OPTS"), "");
    List<String> header = new ArrayList<>();
    header.add(
        String.format(
            "# %s, %d CPUs, load average: %s, rounds: %d, MAVEN_OPTS: %s",
            Machine.now(),
            Machine.cpus(),
            Machine.loadAverage(),
            rounds,
            mavenOpts.isEmpty() ? "(none)" : mavenOpts));
    Machine.javaVersion().forEach(line -> header.add("# " + line));
    header.add("# " + Machine.mavenVersion());
    header.add("# " + TimedBuild.COLUMNS);
    Files.write(raw, header, StandardCharsets.UTF_8);
    String loadStart = Machine.loadAverage();
    long timedBegan = System.nanoTime();

    // Full builds: clean (deleting the configuration's build directory, which is all that
    // maven-clean-plugin does here; not timed), then process-classes. Rounds interleave 1, 2, 3; a
    // round starts only if it fits in the budget with the unchanged-rebuild case after it
    // (estimated from the round before: roughly a third of a round).
    int ran = 0;
    long roundTook = 0;
    for (int r = 1; r <= rounds; r++) {
      if (r > 1 && roundTook * 4 / 3 > left()) {
        break;
      }
      long roundBegan = System.nanoTime();
      for (String c : BuildCostReport.CONFIGS) {
        deleteTree(PROJECT.resolve("target").resolve(c));
        build("full", r, c, mavenOpts);
      }
      roundTook = System.nanoTime() - roundBegan;
      ran = r;
    }

    String weavingCheck = checkWeaving();

    // Rebuild with nothing changed, no clean: javac has nothing to do; ajc still weaves everything.
    for (String c : BuildCostReport.CONFIGS) {
      build("unchanged", 1, c, mavenOpts);
    }
    // Extras, if time is left. (a) Configurations 1 and 3 with Maven's JVM limited to the C1 JIT
    // (-XX:TieredStopAtLevel=1, what a user would put in .mvn/jvm.config): clean builds.
    boolean c1Ran = false;
    if (roundTook * 2 / 3 < left()) {
      String c1Opts = (mavenOpts.isEmpty() ? "" : mavenOpts + " ") + "-XX:TieredStopAtLevel=1";
      for (String c : List.of("1-javac", "3-weave")) {
        deleteTree(PROJECT.resolve("target").resolve(c));
        build("c1", 1, c, c1Opts);
      }
      c1Ran = true;
    }
    // (b) One source touched, no clean (maven-compiler-plugin then recompiles the whole module).
    boolean touchedRan = false;
    if (roundTook < left()) {
      Files.setLastModifiedTime(
          PROJECT.resolve("src/main/java/com/acme/shop/orders/OrderService.java"),
          FileTime.fromMillis(System.currentTimeMillis()));
      for (String c : BuildCostReport.CONFIGS) {
        build("touched", 1, c, mavenOpts);
      }
      touchedRan = true;
    }
    long timed = seconds(System.nanoTime() - timedBegan);
    String loadEnd = Machine.loadAverage();

    List<String> top = new ArrayList<>();
    top.add("# Build cost: javac alone vs + weftrace-processor vs + weaving");
    top.add("");
    top.add(
        String.format(
            "Machine: %s, nproc %d, load average %s at the start of the timed builds and %s at the"
                + " end; %s; %s; MAVEN_OPTS: %s.",
            Machine.nowToTheMinute(),
            Machine.cpus(),
            loadStart,
            loadEnd,
            Machine.javaVersion().stream().findFirst().orElse("?"),
            Machine.mavenVersion(),
            mavenOpts.isEmpty() ? "(none)" : mavenOpts));
    top.add("");
    top.add(
        String.format(
            "Input: `Generate %s 500 5` (dev.weftrace.benchmarks.buildcost): 500 classes with 5"
                + " `@Trace` methods each (2,500 traced methods), 506 sources. Each clean-build"
                + " figure is the median of %d round(s) (planned: %d) of `mvn -B -o"
                + " process-classes` after an untimed clean, the rounds interleaving configurations"
                + " 1, 2, 3. Run: %d s in all (generation and warm-up %d s, timed builds %d s). Raw"
                + " data: build-cost.txt (not kept in git); how to read:"
                + " [../build-cost/README.md](../build-cost/README.md).",
            PROJECT,
            ran,
            rounds,
            seconds(System.nanoTime() - began),
            seconds(warmed - began),
            timed));
    top.add("");
    if (!stamp(weaverJar).equals(jarBefore)) {
      top.add(
          "**WARNING: weftrace-weaver in ~/.m2 was replaced during the timed builds (another build"
              + " installed it): builds after that wove a different aspect.**");
      top.add("");
    }
    if (retries > 0) {
      top.add(
          "**"
              + retries
              + " timed build(s) failed once and were retried (see build-cost.txt): another build"
              + " was probably installing weftrace into ~/.m2.**");
      top.add("");
    }
    top.add(weavingCheck);
    top.add("");
    String report = BuildCostReport.render(new BuildCostReport.Run(top, c1Ran, touchedRan), builds);
    Path md = RESULTS.resolve("build-cost.md");
    Files.writeString(md, report, StandardCharsets.UTF_8);
    System.out.println(report);
    System.out.printf("wrote %s and %s in %d s%n", md, raw, seconds(System.nanoTime() - began));
  }

  /**
   * Not timed: a build of a 10-class copy per configuration resolves every plugin and dependency
   * (offline), reads their jars into the page cache, and fails the run early if a setup is broken.
   */
  private void warmUp() throws IOException, InterruptedException {
    for (String c : BuildCostReport.CONFIGS) {
      Path log = LOGS.resolve("warmup-" + c + ".log");
      List<String> command =
          List.of(
              "mvn",
              "-B",
              "-o",
              "-q",
              "-f",
              WARMUP.resolve("pom-" + c + ".xml").toString(),
              "clean",
              "process-classes");
      if (start(command, log, null).waitFor() != 0) {
        throw new IllegalStateException("warm-up build of " + c + " failed:\n" + tail(log));
      }
    }
  }

  /**
   * Times one {@code mvn -B -o process-classes} of configuration {@code c} under GNU time, with
   * Maven's log timestamped, and records it. {@code ~/.m2} is shared: a build elsewhere installing
   * weftrace-weaver while this one reads the jar fails it; such a build is retried once, and
   * counted in the report.
   */
  private void build(String kind, int round, String c, String mavenOpts)
      throws IOException, InterruptedException {
    String name = kind + "-" + round + "-" + c;
    Path log = LOGS.resolve(name + ".log");
    Path time = LOGS.resolve(name + ".time");
    List<String> mvn = new ArrayList<>(List.of("mvn", "-B", "-o", "-f"));
    mvn.add(PROJECT.resolve("pom-" + c + ".xml").toString());
    mvn.addAll(LOG_OPTIONS);
    mvn.add("process-classes");
    for (int attempt = 1; ; attempt++) {
      LocalTime start = LocalTime.now(ZoneOffset.UTC);
      if (start(GnuTime.wrap(time, mvn), log, mavenOpts).waitFor() == 0) {
        LocalTime end = LocalTime.now(ZoneOffset.UTC);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        TimedBuild build =
            new TimedBuild(kind, round, c, GnuTime.read(time), MavenPhases.of(lines, start, end));
        builds.add(build);
        append(build.line());
        System.out.println(build.line());
        return;
      }
      if (attempt == 2) {
        throw new IllegalStateException(
            "timed build failed twice ("
                + kind
                + ", round "
                + round
                + ", "
                + c
                + "):\n"
                + tail(log));
      }
      Path failed = log.resolveSibling(log.getFileName() + ".failed");
      Files.move(log, failed, StandardCopyOption.REPLACE_EXISTING);
      append("# retried: " + kind + " " + round + " " + c + " failed once, see " + failed);
      retries++;
    }
  }

  /**
   * The woven output of the last round must carry the advice: every traced class calls the aspect,
   * and none of the processor-only build does.
   */
  private String checkWeaving() throws IOException {
    long woven = classesCalling(PROJECT.resolve("target/3-weave/classes"));
    long plain = classesCalling(PROJECT.resolve("target/2-processor/classes"));
    Path orderService =
        PROJECT.resolve("target/3-weave/classes/com/acme/shop/orders/OrderService.class");
    long advice =
        Processes.output(List.of("javap", "-c", "-p", orderService.toString())).stream()
            .filter(line -> line.contains(ASPECT))
            .count();
    if (woven != 500 || advice < 5 || plain != 0) {
      throw new IllegalStateException(
          String.format(
              "weaving check failed: %d of 500 classes woven in 3-weave, %d aspect calls in"
                  + " OrderService, %d woven in 2-processor",
              woven, advice, plain));
    }
    return String.format(
        "Weaving check: %d of 500 classes in 3-weave/classes call %s (%d calls in OrderService),"
            + " none in 2-processor.",
        woven, ASPECT.replace('/', '.'), advice);
  }

  private static long classesCalling(Path classes) throws IOException {
    byte[] needle = ASPECT.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .filter(p -> contains(read(p), needle))
          .count();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Starts {@code command} with TZ=UTC (Maven's log and our clock agree) and its output to log. */
  private static Process start(List<String> command, Path log, String mavenOpts)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("TZ", "UTC");
    if (mavenOpts != null) {
      env.put("MAVEN_OPTS", mavenOpts);
    }
    return builder.start();
  }

  private void append(String line) throws IOException {
    Files.writeString(raw, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** Nanoseconds left before the budget runs out. */
  private long left() {
    return budgetNanos - (System.nanoTime() - began);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static String stamp(Path file) {
    try {
      return Files.getLastModifiedTime(file) + " " + Files.size(file);
    } catch (IOException e) {
      return "missing";
    }
  }

  private static long seconds(long nanos) {
    return nanos / 1_000_000_000L;
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
