package dev.weftrace.processor;

import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixtures;
import static dev.weftrace.processor.Goldens.assertGeneratedSourcesMatchGoldens;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generated companions, compared as text with reviewed golden files (see {@link Goldens}). Each
 * golden's method keys must equal what {@code Class.getTypeName()} gives for the erased parameter
 * types; {@link CompanionRuntimeTest} checks that against the compiled classes.
 */
class CompanionGoldenTest {

  @Test
  void severalTracedMethodsWithOverloadsAndEveryTraceAttribute(TestInfo test) {
    assertGoldens(test, "good/OrderService.java");
  }

  @Test
  void everyTagType(TestInfo test) {
    assertGoldens(test, "good/TagTypes.java");
  }

  @Test
  void nestedStaticAndInnerClasses(TestInfo test) {
    assertGoldens(test, "good/Outer.java");
  }

  @Test
  void record(TestInfo test) {
    assertGoldens(test, "good/Point.java");
  }

  @Test
  void interfaceDefaultAndStaticMethods(TestInfo test) {
    assertGoldens(test, "good/Greeter.java");
  }

  @Test
  void completionStageReturnTypes(TestInfo test) {
    assertGoldens(test, "good/AsyncClient.java");
  }

  @Test
  void asyncTypesOfEveryFollowedLibrary(TestInfo test) {
    assertGoldens(
        test,
        "good/AsyncLibraries.java",
        "stubs/com/google/common/util/concurrent/ListenableFuture.java",
        "stubs/com/google/common/util/concurrent/FluentFuture.java",
        "stubs/io/vertx/core/Future.java",
        "stubs/org/reactivestreams/Publisher.java",
        "stubs/reactor/core/publisher/Mono.java",
        "stubs/reactor/core/publisher/Flux.java",
        "stubs/io/reactivex/rxjava3/core/Single.java",
        "stubs/io/reactivex/rxjava3/core/Maybe.java",
        "stubs/io/reactivex/rxjava3/core/Completable.java",
        "stubs/io/reactivex/rxjava3/core/Observable.java",
        "stubs/io/reactivex/rxjava3/core/Flowable.java");
  }

  @Test
  void genericParametersUseTheirErasure(TestInfo test) {
    assertGoldens(test, "good/Repository.java");
  }

  @Test
  void tagsMethodNamesStayDistinctWhenOverloadAndMethodNamesCollide(TestInfo test) {
    assertGoldens(test, "good/Inventory.java");
  }

  @Test
  void classInUnnamedPackage(TestInfo test) {
    assertGoldens(test, "good/UnnamedPackageService.java");
  }

  @Test
  void oneCompanionPerClassWithTracedMethods(TestInfo test) {
    assertGoldens(test, "good/Ledger.java", "good/Journal.java");
  }

  @Test
  void tagSpanMethodsAndLocalRootTags(TestInfo test) {
    assertGoldens(test, "good/Catalog.java");
  }

  private static void assertGoldens(TestInfo test, String... fixturePaths) {
    Compilation compilation = compile(fixtures(fixturePaths));
    Fixtures.assertSucceededWithOnlyIntendedWarnings(compilation);
    assertGeneratedSourcesMatchGoldens(compilation, test);
  }
}
