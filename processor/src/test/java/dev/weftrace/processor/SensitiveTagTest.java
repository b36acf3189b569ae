package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.compiler;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [SensitiveTag]}: a tag named like a secret, or of type {@code char[]}, is a warning,
 * or an error under {@code -Aweftrace.strict=true}; {@code allowSensitive = true} confirms one tag.
 */
class SensitiveTagTest {

  private static final JavaFileObject SOURCE = fixture("bad/SensitiveTag.java");
  private static final String STRICT = "-Aweftrace.strict=true";
  private static final String TAIL =
      ": its value would be sent to the tracing backend in clear. Tag something that is not"
          + " secret (an id, or a property through path), or confirm with"
          + " @SpanTag(allowSensitive = true).";

  @Test
  void secretLookingTagsAreWarningsByDefault() {
    Compilation compilation = compile(SOURCE);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(15);
    RuleDiagnostics.assertCount(compilation, "SensitiveTag", Diagnostic.Kind.WARNING, 15);
  }

  @Test
  void parameterNamedPasswordWarnsOnItsAnnotation() {
    assertThat(compile(SOURCE))
        .hadWarningContaining(
            "[SensitiveTag] @SpanTag on parameter 'password' looks like a secret (its name has the"
                + " word 'password')"
                + TAIL)
        .inFile(SOURCE)
        .onLine(9)
        .atColumn(14);
  }

  @Test
  void charArrayParameterWarnsWhateverItsName() {
    assertThat(compile(SOURCE))
        .hadWarningContaining(
            "[SensitiveTag] @SpanTag on parameter 'pin' looks like a secret (it is a char[], the"
                + " type Java uses for passwords)")
        .inFile(SOURCE)
        .onLine(9)
        .atColumn(57);
  }

  @Test
  void secretWordsAreFoundInCamelAndSnakeCaseNames() {
    Compilation compilation = compile(SOURCE);

    String[][] expected = {
      {"13", "accessToken", "the word 'token'"},
      {"14", "api_key", "the words 'api key'"},
      {"15", "privateKey", "the words 'private key'"},
      {"16", "cardNumber", "the words 'card number'"},
      {"17", "clientSecret", "the word 'secret'"},
      {"18", "credentials", "the word 'credential'"},
      {"19", "ssn", "the word 'ssn'"},
      {"20", "cvv", "the word 'cvv'"},
      {"21", "passwd", "the word 'passwd'"},
    };
    for (String[] each : expected) {
      assertThat(compilation)
          .hadWarningContaining(
              "[SensitiveTag] @SpanTag on parameter '"
                  + each[1]
                  + "' looks like a secret (its name has "
                  + each[2]
                  + ")")
          .inFile(SOURCE)
          .onLine(Integer.parseInt(each[0]))
          .atColumn(7);
    }
  }

  @Test
  void pathSegmentNamedLikeASecretWarnsOnThePath() {
    assertThat(compile(SOURCE))
        .hadWarningContaining(
            "[SensitiveTag] @SpanTag on parameter 'account' looks like a secret (path segment"
                + " 'apiKey' has the words 'api key'): its value would be sent to the tracing"
                + " backend in clear. Tag something that is not secret, or confirm with"
                + " @SpanTag(allowSensitive = true).")
        .inFile(SOURCE)
        .onLine(24)
        .atColumn(54);
  }

  @Test
  void explicitKeyNamedLikeASecretWarnsOnTheKeyInDottedAndKebabForms() {
    Compilation compilation = compile(SOURCE);

    assertThat(compilation)
        .hadWarningContaining(
            "[SensitiveTag] @SpanTag on parameter 'value' looks like a secret (its key"
                + " 'auth.token' has the word 'token')")
        .inFile(SOURCE)
        .onLine(27)
        .atColumn(21);
    assertThat(compilation)
        .hadWarningContaining(
            "[SensitiveTag] @SpanTag on parameter 'digits' looks like a secret (its key"
                + " 'card-number' has the words 'card number')")
        .inFile(SOURCE)
        .onLine(27)
        .atColumn(58);
  }

  @Test
  void returnValueOfMethodNamedLikeASecretWarns() {
    assertThat(compile(SOURCE))
        .hadWarningContaining(
            "[SensitiveTag] @SpanTag on method 'issueToken' (its return value) looks like a secret"
                + " (its name has the word 'token')")
        .inFile(SOURCE)
        .onLine(30)
        .atColumn(3);
  }

  @Test
  void strictModeMakesEachOfThemAnErrorAndRecognisesItsOption() {
    Compilation compilation = compiler().withOptions(STRICT).compile(SOURCE);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(15);
    RuleDiagnostics.assertCount(compilation, "SensitiveTag", Diagnostic.Kind.ERROR, 15);
    // No "options not recognized by any processor" warning: the processor declares the option.
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[SensitiveTag] @SpanTag on parameter 'password' looks like a secret (its name has the"
                + " word 'password')"
                + TAIL
                + " (An error because of -Aweftrace.strict=true.)")
        .inFile(SOURCE)
        .onLine(9)
        .atColumn(14);
  }

  @Test
  void strictFalseKeepsThemWarnings() {
    Compilation compilation = compiler().withOptions("-Aweftrace.strict=false").compile(SOURCE);

    assertThat(compilation).succeeded();
    RuleDiagnostics.assertCount(compilation, "SensitiveTag", Diagnostic.Kind.WARNING, 15);
  }

  @Test
  void namesThatOnlyContainASecretsLettersAndConfirmedTagsAreAccepted() {
    JavaFileObject lookalikes = fixture("good/SensitiveLookalikes.java");

    assertThat(compile(lookalikes)).succeededWithoutWarnings();
    assertThat(compiler().withOptions(STRICT).compile(lookalikes)).succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsSilencesTheWarningButNotTheStrictModeError() {
    JavaFileObject suppressed = fixture("good/SensitiveSuppressed.java");

    assertThat(compile(suppressed)).succeededWithoutWarnings();

    Compilation strict = compiler().withOptions(STRICT).compile(suppressed);
    assertThat(strict).hadErrorCount(1);
    assertThat(strict)
        .hadErrorContaining(
            "[SensitiveTag] @SpanTag on parameter 'refreshToken' looks like a secret")
        .inFile(suppressed)
        .onLine(11)
        .atColumn(19);
  }
}
