package dev.weftrace.benchmarks.processor;

import java.util.List;

/**
 * What one measured compilation produced, kept small: enough to check that it did the work it was
 * meant to do, and the processor's own time.
 *
 * @param classFiles class files written
 * @param companions class files of generated span companions ({@code *_WeftraceSpans})
 * @param warnings warnings javac reported (its own and the processor's)
 * @param processorNanos time inside the processor's {@code init} and {@code process}; 0 without one
 * @param processorBytes bytes allocated inside the processor's {@code init} and {@code process}; 0
 *     without a processor, -1 where the JVM cannot count them
 * @param processorRounds how many times javac called the processor
 * @param generatedSources the sources the processor generated (kept as written, copied only on
 *     demand)
 */
record CompileResult(
    int classFiles,
    int companions,
    List<String> warnings,
    long processorNanos,
    long processorBytes,
    int processorRounds,
    List<OutputFile> generatedSources) {}
