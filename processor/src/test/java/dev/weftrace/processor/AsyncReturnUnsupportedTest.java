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
 * completes later but that weftrace cannot follow (a plain {@code Future}, RxJava 2, a subtype of a
 * publisher type), whose span would end too early. The third-party types are stand-ins under {@code
 * fixtures/stubs/} with the real qualified names.
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
      ", which completes later but is not a type weftrace follows: its span will end when the"
          + " method returns, not when the value arrives. Return a CompletionStage (such as a"
          + " CompletableFuture), a ListenableFuture or a Vert.x Future, or exactly a Mono, Flux,"
          + " Publisher or RxJava 3 Single, Maybe, Completable, Observable or Flowable; or trace"
          + " the code that completes the value instead.";

  private static Compilation compileWithStubs(JavaFileObject source) {
    List<JavaFileObject> sources = new ArrayList<>(Arrays.asList(Fixtures.fixtures(STUBS)));
    sources.add(source);
    return Fixtures.compiler().compile(sources);
  }

  @Test
  void everyDeferredReturnTypeIsOneWarning() {
    Compilation compilation = compileWithStubs(fixture("bad/AsyncReturnUnsupported.java"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(5);
    RuleDiagnostics.assertCount(compilation, "AsyncReturnUnsupported", Diagnostic.Kind.WARNING, 5);
  }

  @Test
  void reactorRxJava3VertxAndPublisherTypesAreFollowedSoNotWarned() {
    Compilation compilation = compileWithStubs(fixture("bad/AsyncReturnUnsupported.java"));

    // Lines 24, 29, 34, 44 and 49 of the fixture return a Mono, a Flux, an RxJava 3 Single, a
    // Vert.x Future and a Publisher: weftrace ends their spans when they complete.
    List<Long> followed = List.of(24L, 29L, 34L, 44L, 49L);
    assertEquals(
        0,
        RuleDiagnostics.of(compilation, "AsyncReturnUnsupported").stream()
            .filter(d -> followed.contains(d.getLineNumber()))
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
  void rxJava2TypesAreNamedAndWarned() {
    JavaFileObject source = fixture("bad/AsyncReturnUnsupported.java");

    assertThat(compileWithStubs(source))
        .hadWarningContaining(
            "[AsyncReturnUnsupported] traced method 'observable' returns"
                + " io.reactivex.Observable<java.lang.String>"
                + TAIL)
        .inFile(source)
        .onLine(39)
        .atColumn(3);
  }

  @Test
  void subtypeOfAFollowedPublisherIsWarnedNamingThePublisher() {
    JavaFileObject source = fixture("bad/AsyncReturnUnsupported.java");

    assertThat(compileWithStubs(source))
        .hadWarningContaining(
            "[AsyncReturnUnsupported] traced method 'publisherSubtype' returns"
                + " fixtures.bad.AsyncReturnUnsupported.Multi<java.lang.String>, a"
                + " org.reactivestreams.Publisher"
                + TAIL)
        .inFile(source)
        .onLine(62)
        .atColumn(3);
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
