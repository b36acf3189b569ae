package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [AsyncReturnUnsupported]}: a warning for a traced method returning a value that
 * completes later but is not a {@code CompletionStage}, whose span would end too early. The
 * third-party types are stand-ins under {@code fixtures/stubs/} with the real qualified names.
 */
class AsyncReturnUnsupportedTest {

  private static final String[] STUBS = {
    "stubs/org/reactivestreams/Publisher.java",
    "stubs/reactor/core/publisher/Mono.java",
    "stubs/reactor/core/publisher/Flux.java",
    "stubs/io/reactivex/rxjava3/core/Single.java",
    "stubs/io/reactivex/Observable.java",
    "stubs/io/vertx/core/Future.java",
  };
  private static final String TAIL =
      ", which completes later but is neither a CompletionStage nor a Reactor Mono or Flux: its"
          + " span will end when the method returns, not when the value arrives. Return a"
          + " CompletionStage (such as a CompletableFuture), or trace the code that completes the"
          + " value instead.";

  private static Compilation compileWithStubs(JavaFileObject source) {
    List<JavaFileObject> sources = new ArrayList<>(Arrays.asList(Fixtures.fixtures(STUBS)));
    sources.add(source);
    return Fixtures.compiler().compile(sources);
  }

  @Test
  void everyDeferredReturnTypeIsOneWarning() {
    Compilation compilation = compileWithStubs(fixture("bad/AsyncReturnUnsupported.java"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(7);
    RuleDiagnostics.assertCount(compilation, "AsyncReturnUnsupported", Diagnostic.Kind.WARNING, 7);
  }

  @Test
  void reactorMonoAndFluxAreSupportedSoNotWarned() {
    Compilation compilation = compileWithStubs(fixture("bad/AsyncReturnUnsupported.java"));

    // Lines 24 and 29 of the fixture return a Mono and a Flux: weftrace ends their spans on the
    // publisher's terminal signal.
    assertEquals(
        0,
        RuleDiagnostics.of(compilation, "AsyncReturnUnsupported").stream()
            .filter(d -> d.getLineNumber() == 24 || d.getLineNumber() == 29)
            .count());
  }

  @Test
  void futureReturnWarnsOnTheTraceAnnotation() {
    JavaFileObject source = fixture("bad/AsyncReturnUnsupported.java");

    assertThat(compileWithStubs(source))
        .hadWarningContaining(
            "[AsyncReturnUnsupported] traced method 'future' returns"
                + " java.util.concurrent.Future<java.lang.String>"
                + TAIL)
        .inFile(source)
        .onLine(14)
        .atColumn(3);
  }

  @Test
  void subtypesAndTypeVariablesAreMatchedThroughTheHierarchyAndNamed() {
    JavaFileObject source = fixture("bad/AsyncReturnUnsupported.java");
    Compilation compilation = compileWithStubs(source);

    assertThat(compilation)
        .hadWarningContaining(
            "[AsyncReturnUnsupported] traced method 'futureTask' returns"
                + " java.util.concurrent.FutureTask<java.lang.String>, a"
                + " java.util.concurrent.Future"
                + TAIL)
        .inFile(source)
        .onLine(19)
        .atColumn(3);
    assertThat(compilation)
        .hadWarningContaining(
            "[AsyncReturnUnsupported] traced method 'typeVariable' returns F, a"
                + " java.util.concurrent.Future,")
        .inFile(source)
        .onLine(54)
        .atColumn(3);
  }

  @Test
  void rxJavaVertxAndPublisherTypesAreNamedMostSpecificFirst() {
    JavaFileObject source = fixture("bad/AsyncReturnUnsupported.java");
    Compilation compilation = compileWithStubs(source);

    Object[][] expected = {
      {34, "single", "io.reactivex.rxjava3.core.Single<java.lang.String>"},
      {39, "observable", "io.reactivex.Observable<java.lang.String>"},
      {44, "vertx", "io.vertx.core.Future<java.lang.String>"},
      {49, "publisher", "org.reactivestreams.Publisher<java.lang.String>"},
    };
    for (Object[] each : expected) {
      assertThat(compilation)
          .hadWarningContaining(
              "[AsyncReturnUnsupported] traced method '" + each[1] + "' returns " + each[2] + TAIL)
          .inFile(source)
          .onLine((Integer) each[0])
          .atColumn(3);
    }
  }

  @Test
  void methodTracedByItsClassWarnsOnTheMethod() {
    JavaFileObject source = fixture("bad/AsyncReturnClassLevel.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[AsyncReturnUnsupported] traced method 'submit' returns")
        .inFile(source)
        .onLine(9)
        .atColumn(25);
  }

  @Test
  void completionStagesUntracedMethodsAndSuppressedWarningsAreAccepted() {
    Compilation compilation = compileWithStubs(fixture("good/AsyncReturnSupported.java"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void typesAbsentFromTheClasspathSimplyDoNotMatch() {
    // Without the stubs, only the JDK's Future is known: the other methods would not compile, so
    // this checks the class-level fixture, which uses Future alone, against a JDK-only classpath.
    Compilation compilation = compile(fixture("bad/AsyncReturnClassLevel.java"));

    assertThat(compilation).succeeded();
    RuleDiagnostics.assertCount(compilation, "AsyncReturnUnsupported", Diagnostic.Kind.WARNING, 1);
  }
}
