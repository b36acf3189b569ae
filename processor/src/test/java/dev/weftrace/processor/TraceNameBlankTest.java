package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [TraceNameBlank]}: an {@code operationName} or {@code resourceName} written as only
 * whitespace; empty means the default and is fine.
 */
class TraceNameBlankTest {

  private static final JavaFileObject SOURCE = fixture("bad/TraceNameBlank.java");
  private static Compilation compilation;

  @BeforeAll
  static void compileFixture() {
    compilation = compile(SOURCE);
  }

  @Test
  void everyBlankNameInTheFixtureIsOneError() {
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void blankOperationNameIsAnErrorOnThatAttribute() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TraceNameBlank] @Trace operationName of method 'blankOperation' is blank, which no"
                + " backend can show: write a name, or remove operationName to use the default"
                + " name, Class.method.")
        .inFile(SOURCE)
        .onLine(8)
        .atColumn(26);
  }

  @Test
  void resourceNameOfTabsAndNonBreakingSpacesIsBlank() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TraceNameBlank] @Trace resourceName of method 'blankResource' is blank, which no"
                + " backend can show: write a resource, or remove resourceName for no resource.")
        .inFile(SOURCE)
        .onLine(11)
        .atColumn(57);
  }

  @Test
  void blankNameOfClassLevelTraceIsReportedOnTheClass() {
    assertThat(compilation)
        .hadErrorContaining("[TraceNameBlank] @Trace resourceName of class TraceNameBlank is blank")
        .inFile(SOURCE)
        .onLine(5)
        .atColumn(23);
  }

  @Test
  void emptyNamesAndNamesWithVisibleTextAreAccepted() {
    Compilation valid = compile(fixture("good/TraceNamesSet.java"));

    assertThat(valid).succeededWithoutWarnings();
  }
}
