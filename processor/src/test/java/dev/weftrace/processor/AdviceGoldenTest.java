package dev.weftrace.processor;

import static dev.weftrace.processor.Fixtures.fixtures;
import static dev.weftrace.processor.Goldens.assertGeneratedFilesMatchGoldens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.weftrace.contract.AspectList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The aspects typed to each traced class ({@code Type_WeftraceAdvice.aj}) and the list of aspects
 * ({@code weftrace-aspects.xml}) that the processor writes when the weftrace Maven plugin asks for
 * them with {@code -Aweftrace.typedAdvice=true}, compared as text with reviewed golden files (see
 * {@link Goldens}). {@code TypedAdviceWeavingTest} in weftrace-maven-plugin compiles such aspects
 * with ajc and runs the woven code.
 */
class AdviceGoldenTest {

  @Test
  void overloadsPrimitiveAndVoidResultsAndEveryTraceAttribute(TestInfo test) {
    assertGoldens(test, "good/OrderService.java");
  }

  @Test
  void everyTagTypeBoundWithItsOwnType(TestInfo test) {
    assertGoldens(test, "good/TagTypes.java");
  }

  @Test
  void nestedStaticAndInnerClasses(TestInfo test) {
    assertGoldens(test, "good/Outer.java");
  }

  @Test
  void genericParametersAndResultsUseTheirErasure(TestInfo test) {
    assertGoldens(test, "good/Repository.java");
  }

  @Test
  void localRootTagsKeepTheArgumentArrayAndTagSpanMethodsTheGenericAdvice(TestInfo test) {
    assertGoldens(test, "good/Catalog.java");
  }

  @Test
  void asyncResultsArePassedOnUnboxed(TestInfo test) {
    assertGoldens(test, "good/AsyncClient.java");
  }

  @Test
  void classInUnnamedPackage(TestInfo test) {
    assertGoldens(test, "good/UnnamedPackageService.java");
  }

  @Test
  void withoutTheOptionNoAspectIsWritten() {
    Compilation compilation = Fixtures.compile(fixtures("good/OrderService.java"));

    assertEquals(
        java.util.List.of(),
        compilation.generatedFiles().stream()
            .map(f -> f.toUri().getPath())
            .filter(p -> p.endsWith(".aj") || p.endsWith(".xml"))
            .toList());
  }

  private static void assertGoldens(TestInfo test, String... fixturePaths) {
    Compilation compilation =
        Fixtures.compiler()
            .withOptions("-A" + AdviceWriter.OPTION + "=true")
            .compile(fixtures(fixturePaths));
    Fixtures.assertSucceededWithOnlyIntendedWarnings(compilation);
    assertGeneratedFilesMatchGoldens(
        compilation, test, name -> name.endsWith(".aj") || name.equals(AspectList.FILE_NAME));
  }
}
