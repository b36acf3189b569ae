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
 * Rule {@code [TagKeyReserved]}: keys that weftrace or the backend sets itself, with the
 * {@code @Trace} attribute or configuration to use instead.
 */
class TagKeyReservedTest {

  private static final JavaFileObject SOURCE = fixture("bad/TagKeyReserved.java");
  private static Compilation compilation;

  @BeforeAll
  static void compileFixture() {
    compilation = compile(SOURCE);
  }

  @Test
  void everyReservedKeyInTheFixtureIsOneError() {
    assertThat(compilation).hadErrorCount(13);
    RuleDiagnostics.assertCount(compilation, "TagKeyReserved", Diagnostic.Kind.ERROR, 13);
  }

  @Test
  void keysWithATraceAttributePointToIt() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyReserved] tag key 'resource.name' of parameter 'resource' is reserved: weftrace"
                + " sets it from @Trace(resourceName = ...): use that attribute instead of a tag.")
        .inFile(SOURCE)
        .onLine(10)
        .atColumn(16);
    assertThat(compilation)
        .hadErrorContaining(
            "tag key 'operation.name' of parameter 'operation' is reserved: weftrace sets it from"
                + " @Trace(operationName = ...)")
        .inFile(SOURCE)
        .onLine(11)
        .atColumn(16);
    assertThat(compilation)
        .hadErrorContaining(
            "tag key 'span.kind' of parameter 'kind' is reserved: weftrace sets it from"
                + " @Trace(kind = ...)")
        .inFile(SOURCE)
        .onLine(12)
        .atColumn(16);
  }

  @Test
  void keysSetByTheTracerConfigurationSaySo() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyReserved] tag key 'service.name' of parameter 'service' is reserved: the"
                + " service is set by the tracer's configuration for all spans (DD_SERVICE,"
                + " OTEL_SERVICE_NAME), not per span: remove this tag.")
        .inFile(SOURCE)
        .onLine(16)
        .atColumn(16);
    assertThat(compilation)
        .hadErrorContaining(
            "tag key 'span.type' of parameter 'type' is reserved: the span type is set by the"
                + " tracer and its integrations, not per span: remove this tag.")
        .inFile(SOURCE)
        .onLine(17)
        .atColumn(16);
    assertThat(compilation)
        .hadErrorContaining("tag key 'env' of parameter 'environment' is reserved")
        .inFile(SOURCE)
        .onLine(18)
        .atColumn(16);
    assertThat(compilation)
        .hadErrorContaining("tag key 'version' of parameter 'release' is reserved")
        .inFile(SOURCE)
        .onLine(19)
        .atColumn(16);
  }

  @Test
  void errorKeysAreSetFromTheException() {
    String fromException =
        " is reserved: weftrace sets the error tags from the exception the method throws: remove"
            + " this tag, or choose a key outside 'error' and 'error.*'.";
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyReserved] tag key 'error' of parameter 'failed'" + fromException)
        .inFile(SOURCE)
        .onLine(23)
        .atColumn(16);
    assertThat(compilation)
        .hadErrorContaining("tag key 'error.message' of parameter 'message'" + fromException)
        .inFile(SOURCE)
        .onLine(24)
        .atColumn(16);
  }

  @Test
  void datadogInternalKeysAreReserved() {
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyReserved] tag key '_dd.origin' of parameter 'origin' is reserved: Datadog keeps"
                + " keys starting with '_dd.' for its own bookkeeping: choose another key.")
        .inFile(SOURCE)
        .onLine(25)
        .atColumn(16);
  }

  @Test
  void reservedKeysMatchWhateverTheirCaseSinceDatadogLowerCasesKeys() {
    assertThat(compilation)
        .hadErrorContaining("tag key 'Resource.Name' of parameter 'upper' is reserved")
        .inFile(SOURCE)
        .onLine(26)
        .atColumn(16);
  }

  @Test
  void staticTagAndReturnValueKeysAreCheckedToo() {
    assertThat(compilation)
        .hadErrorContaining("[TagKeyReserved] tag key 'env' of static tag \"env:prod\" is reserved")
        .inFile(SOURCE)
        .onLine(28)
        .atColumn(35);
    assertThat(compilation)
        .hadErrorContaining(
            "[TagKeyReserved] tag key 'error.type' of the return value of 'result' is reserved")
        .inFile(SOURCE)
        .onLine(29)
        .atColumn(12);
  }

  @Test
  void keysThatOnlyResembleReservedOnesAreAccepted() {
    Compilation valid = compile(fixture("good/TagKeyNearlyReserved.java"));

    assertThat(valid).succeededWithoutWarnings();
  }
}
