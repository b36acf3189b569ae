package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Rule {@code [StaticTagMalformed]}: a static tag is written {@code "key:value"}. */
class StaticTagMalformedTest {

  private static final JavaFileObject SOURCE = fixture("bad/StaticTagMalformed.java");

  @Test
  void tagWithoutColonIsAnErrorOnThatArrayElementOnceForTheWholeClass() {
    Compilation compilation = compile(SOURCE);

    assertThat(compilation)
        .hadErrorContaining(
            "[StaticTagMalformed] static tag \"nocolon\" must be written \"key:value\", e.g."
                + " \"team:payments\"")
        .inFile(SOURCE)
        .onLine(5)
        .atColumn(33);
    // Two methods are covered by the class-level @Trace; the bad tag is still one error.
    RuleDiagnostics.assertCount(compilation, "StaticTagMalformed", Diagnostic.Kind.ERROR, 2);
  }

  @Test
  void tagWithEmptyKeyIsAnError() {
    assertThat(compile(SOURCE))
        .hadErrorContaining("[StaticTagMalformed] static tag \":empty-key\" must be written")
        .inFile(SOURCE)
        .onLine(11)
        .atColumn(17);
  }
}
