package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [IgnoredExceptionInaccessible]}: the generated companion names each class of {@code
 * ignoreExceptions}, so it must be visible from the traced class's package.
 */
class IgnoredExceptionInaccessibleTest {

  private static final JavaFileObject SOURCE = fixture("bad/IgnoredExceptionInaccessible.java");

  @Test
  void privateExceptionClassIsAnErrorOnThatClassLiteral() {
    Compilation compilation = compile(SOURCE);

    assertThat(compilation)
        .hadErrorContaining(
            "[IgnoredExceptionInaccessible] Hidden cannot be named in package 'fixtures.bad',"
                + " where weftrace generates the code that checks thrown exceptions")
        .inFile(SOURCE)
        .onLine(8)
        .atColumn(65); // the ".class" of Hidden.class
    RuleDiagnostics.assertCount(
        compilation, "IgnoredExceptionInaccessible", Diagnostic.Kind.ERROR, 1);
  }
}
