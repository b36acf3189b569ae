package dev.weftrace.benchmarks.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs one complete javac compilation in this JVM, as a build tool would: a fresh file manager, the
 * given sources, {@code --release 17}, and the processor chosen, with every output kept in memory.
 *
 * <p>It throws if javac reports an error, so that a benchmark can never time a compilation that
 * failed early (a failed compile is much faster than a good one).
 */
final class InProcessJavac {

  /** Suffix of the companion classes weftrace-processor generates. */
  static final String COMPANION_SUFFIX = "_WeftraceSpans";

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final String classpath;

  /**
   * @param classpath the compile classpath: it must hold weftrace-annotations and, for generated
   *     companions to compile, weftrace-weaver
   */
  InProcessJavac(String classpath) {
    if (javac == null) {
      throw new IllegalStateException(
          "No system Java compiler: run the benchmarks on a JDK, not a JRE");
    }
    this.classpath = classpath;
  }

  /** Compiles {@code sources} with the processing {@code choice} asks for. */
  CompileResult compile(List<SourceFile> sources, ProcessorChoice choice) {
    List<String> options = new ArrayList<>(List.of("--release", "17", "-classpath", classpath));
    List<Processor> processors = choice.newProcessors();
    TimedProcessor timed = null;
    if (processors.isEmpty()) {
      options.add("-proc:none");
    } else {
      timed = new TimedProcessor(processors.get(0));
      processors = List.of(timed);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    MemoryFileManager files = new MemoryFileManager(standard);
    boolean ok;
    try (files) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, sources);
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      ok = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String text =
          d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
      text += d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(text);
      } else if (d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings.add(text);
      }
    }
    if (!ok || !errors.isEmpty()) {
      throw new IllegalStateException(
          "javac ("
              + choice
              + ") failed with "
              + errors.size()
              + " error(s); first ones: "
              + errors.subList(0, Math.min(5, errors.size())));
    }
    int classFiles = 0;
    int companions = 0;
    List<OutputFile> generated = new ArrayList<>();
    for (OutputFile out : files.outputs()) {
      if (out.getKind() == JavaFileObject.Kind.CLASS) {
        classFiles++;
        if (out.name().endsWith(COMPANION_SUFFIX)) {
          companions++;
        }
      } else if (out.getKind() == JavaFileObject.Kind.SOURCE) {
        generated.add(out);
      }
    }
    return new CompileResult(
        classFiles,
        companions,
        warnings,
        timed == null ? 0 : timed.nanos(),
        timed == null ? 0 : timed.allocatedBytes(),
        timed == null ? 0 : timed.rounds(),
        generated);
  }
}
