package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Annotation values javac could not compute ({@code @SpanTag(MISSING_CONSTANT)}) leave javac's own
 * errors alone: no {@code [ProcessorFailure]}, and no rule checked against a placeholder value.
 */
class BrokenAnnotationValuesTest {

  @Test
  void brokenSpanTagValuesLeaveOnlyJavacsErrors() {
    JavaFileObject source = fixture("bad/BrokenAnnotationValues.java");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLine(7);
    // Every diagnostic is javac's: weftrace's all start with a bracketed rule id.
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertFalse(diagnostic.getMessage(Locale.ROOT).startsWith("["), diagnostic::toString);
    }
  }
}
