package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Rule {@code [SpanTagOnVoid]}: {@code @SpanTag} on a method tags its result, so it needs one. */
class SpanTagOnVoidTest {

  private static final JavaFileObject SOURCE = fixture("bad/SpanTagOnVoid.java");

  @Test
  void spanTagOnVoidMethodIsAnErrorOnTheAnnotation() {
    Compilation compilation = compile(SOURCE);

    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOnVoid] @SpanTag on method 'nothingToTag' tags its return value, but it"
                + " returns nothing. Tag a parameter instead, or remove @SpanTag.")
        .inFile(SOURCE)
        .onLine(8)
        .atColumn(3);
    // A method returning java.lang.Void does return a value (always null): not this rule.
    RuleDiagnostics.assertCount(compilation, "SpanTagOnVoid", Diagnostic.Kind.ERROR, 1);
  }
}
