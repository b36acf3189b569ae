package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [TagKeyInvalid]}: a key is a letter, then letters, digits and {@code _ - : . /}, at
 * most 200 characters; a return value's tag needs one written out.
 */
class TagKeyInvalidTest {

  private static final JavaFileObject SOURCE = fixture("bad/TagKeyInvalid.java");
  private static Compilation compilation;

  @BeforeAll
  static void compileFixture() {
    compilation = compile(SOURCE);
  }

  @Test
  void everyInvalidKeyInTheFixtureIsOneError() {
    assertThat(compilation).hadErrorCount(6);
    RuleDiagnostics.assertCount(compilation, "TagKeyInvalid", Diagnostic.Kind.ERROR, 6);
  }

  @Test
  void keyWithASpaceIsAnErrorOnTheKey() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyInvalid] tag key 'order id' of parameter 'orderId' contains ' ': a key may"
                + " contain only letters, digits and _ - : . / (backends replace anything else)."
                + " Use e.g. 'order_id'.")
        .inFile(SOURCE)
        .onLine(9)
        .atColumn(27);
  }

  @Test
  void keyStartingWithADigitIsAnError() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyInvalid] tag key '1st.attempt' of parameter 'attempt' starts with '1': a key"
                + " must start with a letter.")
        .inFile(SOURCE)
        .onLine(12)
        .atColumn(33);
  }

  @Test
  void keyOf201CharactersIsAnError() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyInvalid] tag key 'a123456789b123456789c123456789d123456789...' of parameter"
                + " 'value' is 201 characters long: a key has at most 200 (Datadog truncates longer"
                + " ones). Use a shorter key.")
        .inFile(SOURCE)
        .onLine(17)
        .atColumn(15);
  }

  @Test
  void parameterNameUsedAsKeyIsCheckedTooAndTheErrorIsOnTheAnnotation() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyInvalid] tag key '_internal' (the name of parameter '_internal') starts with"
                + " '_': a key must start with a letter. Give the tag an explicit key, e.g."
                + " @SpanTag(\"internal\").")
        .inFile(SOURCE)
        .onLine(23)
        .atColumn(27);
  }

  @Test
  void returnValueTagWithoutKeyIsAnError() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyInvalid] @SpanTag on method 'resultWithoutKey' needs a key: a return value"
                + " has no name to default to. Write @SpanTag(\"result_without_key\").")
        .inFile(SOURCE)
        .onLine(26)
        .atColumn(3);
  }

  @Test
  void staticTagKeyIsCheckedAndTheErrorIsOnThatEntry() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyInvalid] tag key 'cost center' of static tag \"cost center:42\" contains ' '")
        .inFile(SOURCE)
        .onLine(31)
        .atColumn(35);
  }

  @Test
  void keysOfAllowedCharactersOtherScriptsAndExactly200CharactersAreAccepted() {
    Compilation valid = compile(fixture("good/TagKeyValid.java"));

    assertThat(valid).succeededWithoutWarnings();
  }
}
