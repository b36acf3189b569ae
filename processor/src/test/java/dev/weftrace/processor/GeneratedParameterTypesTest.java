package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A traced method may use types that another processor generates in the same compilation; until it
 * has, javac shows them as error types. The companion must wait for the real types.
 */
class GeneratedParameterTypesTest {

  private final JavaFileObject checkout = fixture("generated/Checkout.java");

  @Test
  void companionWaitsForTypesThatAnotherProcessorGenerates() {
    // TraceProcessor first: in round one it sees Receipt before anything has generated it.
    Compilation compilation =
        javac()
            .withProcessors(
                new TraceProcessor(),
                new TypeGeneratingProcessor(
                    "fixtures.generated.Receipt",
                    "package fixtures.generated;\n\npublic final class Receipt {}\n"))
            .compile(checkout);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("fixtures.generated.Checkout_WeftraceSpans")
        .contentsAsUtf8String()
        .contains(
            "case \"settle(fixtures.generated.Receipt,fixtures.generated.Receipt[])\": return"
                + " SETTLE;");
  }

  @Test
  void typeThatNeverAppearsIsLeftForJavacToReport() {
    Compilation compilation = compile(checkout);

    assertThat(compilation).failed();
    List<String> errors =
        compilation.errors().stream()
            .map(error -> error.getMessage(Locale.ROOT))
            .collect(Collectors.toList());
    assertEquals(3, errors.size(), errors::toString);
    errors.forEach(
        error -> assertEquals("cannot find symbol", error.lines().findFirst().orElseThrow()));
  }
}
