package dev.weftrace.benchmarks.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What weftrace-processor adds to a build: one complete in-process javac compilation of a generated
 * input of {@value #CLASSES} classes with {@value TracedInput#TRACED_PER_CLASS} traced methods each
 * (2,000 {@code @Trace} methods, 5,000 {@code @SpanTag} parameters), timed once per iteration
 * ({@link Mode#SingleShotTime}: a compilation is a one-off, long operation).
 *
 * <p>{@code processor} values:
 *
 * <ul>
 *   <li>{@code none}: javac alone ({@code -proc:none}), the baseline;
 *   <li>{@code noop}: a processor for the same annotations that does nothing, which prices
 *       annotation processing as such;
 *   <li>{@code pregenerated}: {@code -proc:none} on the input plus the 200 companion sources
 *       weftrace generates for it, which prices compiling the generated code alone;
 *   <li>{@code weftrace}: {@code TraceProcessor}, which checks the input and writes the 200
 *       companions that javac then compiles in a further round.
 * </ul>
 *
 * <p>Compare them side by side from one run. With {@code -prof
 * dev.weftrace.benchmarks.processor.ProcessorTimeProfiler} the run also reports the time spent
 * inside the processor itself ({@code processor.ms}).
 *
 * <p>Setup compiles the input once and checks the result, and every measured compilation is checked
 * again, so a failing or empty compilation cannot pass for a fast one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ProcessorBenchmark {

  /** Generated service classes; each has {@value TracedInput#TRACED_PER_CLASS} traced methods. */
  static final int CLASSES = 200;

  private static final int PACKAGES = 10;

  /**
   * Which compilation to measure: {@code none}, {@code noop}, {@code pregenerated}, {@code
   * weftrace}.
   */
  @Param({"none", "noop", "pregenerated", "weftrace"})
  public String processor;

  private TracedInput input;
  private InProcessJavac javac;
  private ProcessorChoice choice;
  private List<SourceFile> sources;
  private int expectedCompanions;

  /** Generates the input and proves, with one compilation, that it compiles as intended. */
  @Setup(Level.Trial)
  public void generateAndCheck() {
    input = TracedInput.generate(CLASSES, PACKAGES);
    if (input.tracedMethods() != 2_000) {
      throw new IllegalStateException(
          "expected 2,000 traced methods, got " + input.tracedMethods());
    }
    // Inside the JMH fork the classpath is benchmarks.jar, which holds weftrace-annotations and
    // weftrace-weaver (generated companions implement its SpanCompanion).
    javac = new InProcessJavac(System.getProperty("java.class.path"));
    choice = ProcessorChoice.named(processor);
    sources = input.sources();
    expectedCompanions =
        choice == ProcessorChoice.NONE || choice == ProcessorChoice.NOOP
            ? 0
            : input.tracedClasses();
    if (choice == ProcessorChoice.PREGENERATED) {
      sources = withGeneratedSources(sources);
    }

    long start = System.nanoTime();
    CompileResult first = javac.compile(sources, choice);
    long firstNanos = System.nanoTime() - start;
    check(first);
    int expectedClassFiles = input.sources().size() + expectedCompanions;
    if (first.classFiles() != expectedClassFiles) {
      throw new IllegalStateException(
          "expected " + expectedClassFiles + " class files, got " + first.classFiles());
    }
    System.out.printf(
        "%ninput: %d sources (%d traced classes, %d @Trace methods, %d @SpanTag parameters);"
            + " processor=%s: %d sources compiled, %d class files of which %d companions,"
            + " %d processing round(s), %d warning(s)%s%n"
            + "setup compilation (the fork's first of this variant, JIT not warmed up; not a"
            + " measurement): %d ms, of which %d ms inside the processor%n",
        input.sources().size(),
        input.tracedClasses(),
        input.tracedMethods(),
        input.spanTags(),
        processor,
        sources.size(),
        first.classFiles(),
        first.companions(),
        first.processorRounds(),
        first.warnings().size(),
        first.warnings().isEmpty() ? "" : "; first: " + first.warnings().get(0),
        TimeUnit.NANOSECONDS.toMillis(firstNanos),
        TimeUnit.NANOSECONDS.toMillis(first.processorNanos()));
  }

  /** One full compilation of the input. */
  @Benchmark
  public CompileResult compile() {
    long start = System.nanoTime();
    CompileResult result = javac.compile(sources, choice);
    ProcessorClock.record(
        System.nanoTime() - start, result.processorNanos(), result.processorBytes());
    check(result);
    return result;
  }

  /** The input plus the companions weftrace generates for it, as ordinary sources. */
  private List<SourceFile> withGeneratedSources(List<SourceFile> input) {
    CompileResult processed = javac.compile(input, ProcessorChoice.WEFTRACE);
    if (processed.generatedSources().size() != expectedCompanions) {
      throw new IllegalStateException(
          "expected "
              + expectedCompanions
              + " generated sources, got "
              + processed.generatedSources().size());
    }
    List<SourceFile> all = new ArrayList<>(input);
    for (OutputFile generated : processed.generatedSources()) {
      all.add(new SourceFile(generated.name(), generated.getCharContent(true).toString()));
    }
    return List.copyOf(all);
  }

  private void check(CompileResult result) {
    if (result.companions() != expectedCompanions) {
      throw new IllegalStateException(
          "processor="
              + processor
              + ": expected "
              + expectedCompanions
              + " companions, got "
              + result.companions());
    }
  }
}
