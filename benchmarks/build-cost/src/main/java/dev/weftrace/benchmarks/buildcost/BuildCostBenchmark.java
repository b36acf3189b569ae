package dev.weftrace.benchmarks.buildcost;

import dev.weftrace.benchmarks.buildcost.BuildCostReport.Project;
import dev.weftrace.contract.TypedAspectName;
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
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What weftrace adds to the build a user runs on every change: generates two projects ({@link
 * Generate}), a realistic one (2,000 classes, 5 % of them traced) and the worst case (500 classes,
 * all traced), builds each in four configurations and three scenarios (full build, no-change
 * rebuild, one-file edit), and writes the median wall and CPU time, the ratios to javac alone
 * against the targets, and where the time goes: see benchmarks/build-cost/README.md.
 *
 * <p>Run from the repository root after weftrace is installed in {@code ~/.m2} ({@code
 * benchmarks/run-all.sh build-cost} does both). Environment: {@code ROUNDS} (default 3), {@code
 * SECONDARY_ROUNDS} (default 1: rounds of the scenarios without a target, the worst case's
 * no-change rebuild and edit), {@code BUDGET_S} (default 1200: a round starts only if the last one
 * would fit in what is left), {@code MAVEN_OPTS} (inherited by the timed Maven JVMs). Writes {@code
 * benchmarks/results/build-cost.md} and {@code build-cost.txt}; Maven's log of every build stays in
 * {@code benchmarks/build-cost/target/projects/logs/}.
 */
public final class BuildCostBenchmark {

  private static final Path PROJECTS = Path.of("benchmarks/build-cost/target/projects");
  private static final Path WARMUP = PROJECTS.resolve("warmup");
  private static final Path LOGS = PROJECTS.resolve("logs");
  private static final Path RESULTS = Path.of("benchmarks/results");
  private static final String ASPECT = "dev/weftrace/weaver/aspect/TraceAspect";

  /**
   * What advice typed to a method (weftrace-maven-plugin) leaves in the class: the mark its aspect
   * declares on the method, and a call starting the span per traced method.
   */
  private static final String TYPED_MARK = "dev/weftrace/weaver/internal/TypedAdvice";

  private static final String TYPED_START = "dev/weftrace/weaver/internal/Tracing.start";
  private static final String EDITED_CLASS = "com/acme/shop/orders/OrderService.class";
  private static final List<String> LOG_OPTIONS =
      List.of(
          "-Dstyle.color=never",
          "-Dorg.slf4j.simpleLogger.showDateTime=true",
          "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");

  private final int rounds = Integer.parseInt(env("ROUNDS", "3"));
  private final int secondaryRounds =
      Math.min(rounds, Integer.parseInt(env("SECONDARY_ROUNDS", "1")));
  private final long budgetNanos = Long.parseLong(env("BUDGET_S", "1200")) * 1_000_000_000L;
  private final long began = System.nanoTime();
  private final Path raw = RESULTS.resolve("build-cost.txt");
  private final List<TimedBuild> builds = new ArrayList<>();
  private int retries;

  private BuildCostBenchmark() {}

  /** Runs the benchmark; see the class comment. */
  public static void main(String[] args) throws Exception {
    new BuildCostBenchmark().run();
  }

  private static Path dir(Project project) {
    return PROJECTS.resolve(project.id());
  }

  private void run() throws Exception {
    for (Project project : BuildCostReport.PROJECTS) {
      List<String> arguments = new ArrayList<>(List.of(dir(project).toString()));
      arguments.addAll(project.generateArguments());
      Generate.main(arguments.toArray(new String[0]));
    }
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
            "# %s, %d CPUs, load average: %s, rounds: %d (secondary %d), MAVEN_OPTS: %s",
            Machine.now(),
            Machine.cpus(),
            Machine.loadAverage(),
            rounds,
            secondaryRounds,
            mavenOpts.isEmpty() ? "(none)" : mavenOpts));
    Machine.javaVersion().forEach(line -> header.add("# " + line));
    header.add("# " + Machine.mavenVersion());
    header.add("# " + TimedBuild.COLUMNS);
    Files.write(raw, header, StandardCharsets.UTF_8);
    String loadStart = Machine.loadAverage();
    long timedBegan = System.nanoTime();

    // Each round: per project, the three scenarios, each timed for all configurations in turn.
    // (a) Full: delete the configuration's build directory (all that maven-clean-plugin does here;
    // not timed), then process-classes. (b) No-change rebuild. (c) One traced method's body
    // changed, then a rebuild. A round starts only if one like the last still fits in the budget.
    List<String> checks = new ArrayList<>();
    int ran = 0;
    long roundTook = 0;
    for (int r = 1; r <= rounds; r++) {
      if (r > 1 && roundTook > left()) {
        break;
      }
      long roundBegan = System.nanoTime();
      for (Project project : BuildCostReport.PROJECTS) {
        for (String c : BuildCostReport.CONFIGS) {
          deleteTree(dir(project).resolve("target").resolve(c));
          build(project, "full", r, c, mavenOpts);
        }
        if (r == 1) {
          checks.add(checkWeaving(project, "after the first full builds"));
        }
        boolean primary = r <= secondaryRounds || project.targets().containsKey("unchanged");
        if (primary) {
          for (String c : BuildCostReport.CONFIGS) {
            build(project, "unchanged", r, c, mavenOpts);
          }
        }
        if (r <= secondaryRounds || project.targets().containsKey("edit")) {
          Generate.edit(dir(project), r);
          for (String c : BuildCostReport.CONFIGS) {
            build(project, "edit", r, c, mavenOpts);
          }
        }
      }
      roundTook = System.nanoTime() - roundBegan;
      ran = r;
    }
    for (Project project : BuildCostReport.PROJECTS) {
      checks.add(checkWeaving(project, "after the last builds"));
    }
    long timed = seconds(System.nanoTime() - timedBegan);
    String loadEnd = Machine.loadAverage();

    List<String> top = new ArrayList<>();
    top.add("# Build cost: javac alone vs weftrace's processor and weaving, two projects");
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
            "Command: `benchmarks/run-all.sh build-cost` (ROUNDS=%d, SECONDARY_ROUNDS=%d,"
                + " BUDGET_S=%d). Input: `Generate <dir> 2000 5 5` (realistic: 2,000 classes, 100"
                + " of them with 5 `@Trace` methods, the rest untraced service code of the same"
                + " shape) and `Generate <dir> 500 5` (worst case: 500 classes, all with 5 `@Trace`"
                + " methods). Each figure is the median of the rounds run (%d; the worst case's"
                + " no-change rebuild and edit, which have no target: %d), each round running, per"
                + " project, the full build, the no-change rebuild and the one-file edit, each for"
                + " configurations 1, 2, 3, 4 in turn; `mvn -B -o process-classes` timed. Run: %d s"
                + " in all (generation and warm-up %d s, timed builds %d s). Raw data:"
                + " build-cost.txt (not kept in git); how to read:"
                + " [../build-cost/README.md](../build-cost/README.md).",
            rounds,
            secondaryRounds,
            budgetNanos / 1_000_000_000L,
            ran,
            Math.min(ran, secondaryRounds),
            seconds(System.nanoTime() - began),
            seconds(warmed - began),
            timed));
    top.add("");
    if (ran < rounds) {
      top.add(
          String.format(
              "**Only %d of %d rounds ran: the next would not have fitted in BUDGET_S.**",
              ran, rounds));
      top.add("");
    }
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
    checks.forEach(
        check -> {
          top.add("- " + check);
        });
    top.add("");
    String report = BuildCostReport.render(new BuildCostReport.Run(top), builds);
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
   * Times one {@code mvn -B -o process-classes} of configuration {@code c} of {@code project} under
   * GNU time, with Maven's log timestamped, and records it. {@code ~/.m2} is shared: a build
   * elsewhere installing weftrace-weaver while this one reads the jar fails it; such a build is
   * retried once, and counted in the report.
   */
  private void build(Project project, String kind, int round, String c, String mavenOpts)
      throws IOException, InterruptedException {
    String name = project.id() + "-" + kind + "-" + round + "-" + c;
    Path log = LOGS.resolve(name + ".log");
    Path time = LOGS.resolve(name + ".time");
    List<String> mvn = new ArrayList<>(List.of("mvn", "-B", "-o", "-f"));
    mvn.add(dir(project).resolve("pom-" + c + ".xml").toString());
    mvn.addAll(LOG_OPTIONS);
    mvn.add("process-classes");
    for (int attempt = 1; ; attempt++) {
      LocalTime start = LocalTime.now(ZoneOffset.UTC);
      if (start(GnuTime.wrap(time, mvn), log, mavenOpts).waitFor() == 0) {
        LocalTime end = LocalTime.now(ZoneOffset.UTC);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        TimedBuild build =
            new TimedBuild(
                project.id(),
                kind,
                round,
                c,
                GnuTime.read(time),
                MavenPhases.of(lines, start, end),
                MavenPhases.pluginLine(lines));
        builds.add(build);
        append(build.line());
        System.out.println(build.line());
        return;
      }
      if (attempt == 2) {
        throw new IllegalStateException("timed build failed twice (" + name + "):\n" + tail(log));
      }
      Path failed = log.resolveSibling(log.getFileName() + ".failed");
      Files.move(log, failed, StandardCopyOption.REPLACE_EXISTING);
      append("# retried: " + name + " failed once, see " + failed);
      retries++;
    }
  }

  /**
   * The woven output must carry the advice: in 3-weave exactly the traced classes call the generic
   * aspect, in 4-plugin they carry their typed advice, the edited one at least once per traced
   * method either way; none of 2-processor does.
   */
  private String checkWeaving(Project project, String when) throws IOException {
    Path target = dir(project).resolve("target");
    int expected = project.tracedClasses();
    long plain =
        classesCalling(target.resolve("2-processor/classes"), ASPECT)
            + classesCalling(target.resolve("2-processor/classes"), TYPED_MARK);
    StringBuilder failures = new StringBuilder();
    StringBuilder found = new StringBuilder();
    for (String c : List.of("3-weave", BuildCostReport.PLUGIN)) {
      // aspectj-maven-plugin weaves the generic aspect; the weftrace plugin, the typed aspects.
      boolean typed = c.equals(BuildCostReport.PLUGIN);
      long woven = classesCalling(target.resolve(c + "/classes"), typed ? TYPED_MARK : ASPECT);
      String call = typed ? TYPED_START : ASPECT;
      long advice =
          Processes.output(
                  List.of(
                      "javap",
                      "-c",
                      "-p",
                      target.resolve(c + "/classes/" + EDITED_CLASS).toString()))
              .stream()
              .filter(line -> line.contains(call))
              .count();
      if (woven != expected || advice < project.methods()) {
        failures.append(
            String.format(
                " %s: %d classes woven, %d aspect calls in OrderService;", c, woven, advice));
      }
      found.append(String.format("%s %d (%d calls in OrderService), ", c, woven, advice));
    }
    if (plain != 0 || failures.length() > 0) {
      throw new IllegalStateException(
          String.format(
              "weaving check of %s %s failed (expected %d woven classes, none in 2-processor: %d):%s",
              project.id(), when, expected, plain, failures));
    }
    return String.format(
        "Weaving check, %s %s: of %d traced classes, %snone in 2-processor.",
        project.id(), when, expected, found);
  }

  /** The traced classes (not the typed aspects themselves) whose class file names {@code mark}. */
  private static long classesCalling(Path classes, String mark) throws IOException {
    byte[] needle = mark.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .filter(p -> !p.getFileName().toString().endsWith(TypedAspectName.SUFFIX + ".class"))
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
