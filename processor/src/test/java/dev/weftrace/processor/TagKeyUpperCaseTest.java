package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [TagKeyUpperCase]}: a warning for keys with capitals, which Datadog lower-cases;
 * camelCase parameter names used as keys included.
 */
class TagKeyUpperCaseTest {

  private static final JavaFileObject SOURCE = fixture("bad/TagKeyUpperCase.java");
  private static Compilation compilation;

  @BeforeAll
  static void compileFixture() {
    compilation = compile(SOURCE);
  }

  @Test
  void upperCaseKeysAreWarningsNotErrors() {
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(4);
  }

  @Test
  void explicitCamelCaseKeyWarnsOnTheKeyWithItsSnakeForm() {
    assertThat(compilation)
        .hadWarningContaining(
            "[TagKeyUpperCase] tag key 'orderId' of parameter 'orderId' has upper-case letters,"
                + " which Datadog lower-cases (to 'orderid'). Write it as 'order_id'.")
        .inFile(SOURCE)
        .onLine(9)
        .atColumn(29);
  }

  @Test
  void camelCaseParameterNameUsedAsKeyWarnsOnTheAnnotation() {
    assertThat(compilation)
        .hadWarningContaining(
            "[TagKeyUpperCase] tag key 'customerId' (the name of parameter 'customerId') has"
                + " upper-case letters, which Datadog lower-cases (to 'customerid'). Give the tag"
                + " an explicit lower-case key, e.g. @SpanTag(\"customer_id\") or"
                + " @SpanTag(\"customer.id\"), or add @SuppressWarnings(\"weftrace\").")
        .inFile(SOURCE)
        .onLine(12)
        .atColumn(19);
  }

  @Test
  void staticTagAndReturnValueKeysWarnToo() {
    assertThat(compilation)
        .hadWarningContaining(
            "[TagKeyUpperCase] tag key 'Team' of static tag \"Team:payments\" has upper-case"
                + " letters, which Datadog lower-cases (to 'team'). Write it as 'team'.")
        .inFile(SOURCE)
        .onLine(14)
        .atColumn(17);
    assertThat(compilation)
        .hadWarningContaining(
            "[TagKeyUpperCase] tag key 'HTTPStatus' of the return value of 'result' has upper-case"
                + " letters, which Datadog lower-cases (to 'httpstatus'). Write it as"
                + " 'http_status'.")
        .inFile(SOURCE)
        .onLine(15)
        .atColumn(12);
  }

  @Test
  void suppressWarningsWeftraceOnParameterMethodOrEnclosingClassSilencesIt() {
    Compilation suppressed = compile(fixture("good/TagKeyUpperCaseSuppressed.java"));

    assertThat(suppressed).succeededWithoutWarnings();
  }

  @Test
  void lowerCaseKeysDrawNoWarning() {
    Compilation valid = compile(fixture("good/TagKeyValid.java"));

    assertThat(valid).succeededWithoutWarnings();
  }
}
