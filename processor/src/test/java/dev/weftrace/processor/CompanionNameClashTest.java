package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [CompanionNameClash]}: a nested {@code Shipping.Label} and a top-level {@code
 * Shipping_Label} would both get the companion {@code Shipping_Label_WeftraceSpans}; the second
 * class gets an error that names both, instead of a failure to write the file.
 */
class CompanionNameClashTest {

  @Test
  void twoTracedClassesWithTheSameCompanionNameAreAnError() {
    JavaFileObject nested = fixture("bad/Shipping.java");
    JavaFileObject topLevel = fixture("bad/Shipping_Label.java");

    Compilation compilation = compile(nested, topLevel);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[CompanionNameClash] weftrace names the generated class for the traced methods"
                + " of fixtures.bad.Shipping_Label 'fixtures.bad.Shipping_Label_WeftraceSpans',"
                + " but that is already the name of the one for fixtures.bad.Shipping.Label"
                + " (nested class names are joined with '_'). Rename one of the two classes.")
        .inFile(topLevel)
        .onLine(5)
        .atColumn(8);
  }

  @Test
  void eitherClassAloneCompiles() {
    assertThat(compile(fixture("bad/Shipping.java"))).succeededWithoutWarnings();
    assertThat(compile(fixture("bad/Shipping_Label.java"))).succeededWithoutWarnings();
  }
}
