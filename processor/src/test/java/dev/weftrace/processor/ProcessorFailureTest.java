package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.weftrace.processor.Fixtures.fixture;
import static dev.weftrace.processor.Forwarding.failing;
import static dev.weftrace.processor.Forwarding.returning;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [ProcessorFailure]}: an exception inside the processor becomes one error on the
 * element being processed, never a javac crash (compile-testing would rethrow a crash from {@code
 * compile}). The failures are injected through the {@link ProcessingEnvironment} the processor is
 * given, as a broken Filer or a javac bug would cause them.
 */
class ProcessorFailureTest {

  private final JavaFileObject ledger = fixture("good/Ledger.java");
  private final JavaFileObject journal = fixture("good/Journal.java");

  @Test
  void failureWhileWritingCompanionIsOneErrorOnTheClass() {
    Compilation compilation =
        compileWith(
            env ->
                returning(
                    ProcessingEnvironment.class,
                    env,
                    "getFiler",
                    failing(
                        Filer.class,
                        env.getFiler(),
                        "createSourceFile",
                        new IOException("disk full"))),
            ledger);

    assertEquals(Compilation.Status.FAILURE, compilation.status());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ProcessorFailure] weftrace-processor failed while processing fixtures.good.Ledger:"
                + " java.io.IOException: disk full. This is a bug in weftrace; please report it"
                + " with this message.")
        .inFile(ledger)
        .onLine(5)
        .atColumn(1);
  }

  @Test
  void failureWhileReadingMethodIsOneErrorOnThatMethodOnly() {
    Compilation compilation =
        compileWith(
            env ->
                returning(
                    ProcessingEnvironment.class,
                    env,
                    "getElementUtils",
                    failing(
                        Elements.class,
                        env.getElementUtils(),
                        "getBinaryName",
                        new IllegalStateException("no binary name"))),
            journal,
            ledger);

    assertEquals(Compilation.Status.FAILURE, compilation.status());
    // Ledger.post(long) needs no binary name: no error there.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ProcessorFailure] weftrace-processor failed while processing"
                + " append(java.lang.String): java.lang.IllegalStateException: no binary name.")
        .inFile(journal)
        .onLine(8)
        .atColumn(8);
  }

  private static Compilation compileWith(
      UnaryOperator<ProcessingEnvironment> environment, JavaFileObject... sources) {
    return javac()
        .withProcessors(new EnvironmentWrappingProcessor(new TraceProcessor(), environment))
        .compile(sources);
  }
}
