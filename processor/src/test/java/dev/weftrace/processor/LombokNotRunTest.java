package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;
import static dev.weftrace.processor.Fixtures.fixtures;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [LombokNotRun]}: a tag path reads a getter that a Lombok annotation promises, but
 * Lombok did not run (not listed in {@code annotationProcessorPaths}, which turns off javac's
 * discovery of processors on the class path). One error for the compilation, on the first such
 * path, instead of a "make it public" that points the wrong way.
 */
class LombokNotRunTest {

  private static final JavaFileObject REFUNDS = fixture("lombok/Refunds.java");
  private static final JavaFileObject[] MODEL =
      fixtures(
          "lombok/Invoice.java",
          "lombok/Customer.java",
          "lombok/Account.java",
          "lombok/Shipment.java");

  @Test
  void pathThroughAGetterLombokWouldWriteIsOneErrorNamingLombokAndTheFix() {
    Compilation compilation = compile(sources());

    assertThat(compilation)
        .hadErrorContaining(
            "[LombokNotRun] 'id' of Account is read through the getter that Lombok's @Getter"
                + " generates, but Lombok did not run in this compilation: listing"
                + " annotationProcessorPaths turns off javac's discovery of processors on the class"
                + " path; add org.projectlombok:lombok to annotationProcessorPaths")
        .inFile(REFUNDS)
        .onLine(10)
        .atColumn(60);
    // reissue() reads Invoice.getNumber(), which @Value promises: the same cause, not said again.
    RuleDiagnostics.assertCount(compilation, "LombokNotRun", Diagnostic.Kind.ERROR, 1);
  }

  @Test
  void pathsThatLombokWouldNotServeKeepTheirOwnRules() {
    Compilation compilation = compile(sources());

    // A property no field or getter has; a field that opts out of the class's @Getter; a field
    // without one.
    assertThat(compilation)
        .hadErrorContaining("[TagPathUnknown] 'numbr' is not a property of Invoice")
        .inFile(REFUNDS)
        .onLine(16);
    assertThat(compilation)
        .hadErrorContaining("[TagPathInaccessible] 'branch' of Account is private")
        .inFile(REFUNDS)
        .onLine(19);
    assertThat(compilation)
        .hadErrorContaining("[TagPathInaccessible] 'weight' of Shipment is private")
        .inFile(REFUNDS)
        .onLine(22);
    RuleDiagnostics.assertCount(compilation, "TagPathInaccessible", Diagnostic.Kind.ERROR, 2);
  }

  @Test
  void withLombokRunningInEitherOrderNoneIsReported() {
    for (boolean traceProcessorFirst : new boolean[] {true, false}) {
      Compilation compilation = LombokTest.compile(traceProcessorFirst, sources());

      RuleDiagnostics.assertNone(compilation, "LombokNotRun");
      assertThat(compilation)
          .hadErrorContaining(
              "[TagPathUnknown] 'numbr' is not a property of Invoice: a property is a record"
                  + " component, a getter getNumbr()/isNumbr() or a public field. Invoice has:"
                  + " customer, number, paid")
          .inFile(REFUNDS)
          .onLine(16);
      RuleDiagnostics.assertCount(compilation, "TagPathUnknown", Diagnostic.Kind.ERROR, 1);
      RuleDiagnostics.assertCount(compilation, "TagPathInaccessible", Diagnostic.Kind.ERROR, 2);
    }
  }

  private static JavaFileObject[] sources() {
    JavaFileObject[] sources = new JavaFileObject[MODEL.length + 1];
    sources[0] = REFUNDS;
    System.arraycopy(MODEL, 0, sources, 1, MODEL.length);
    return sources;
  }
}
