package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Rule {@code [SpanTagOutsideTrace]}: {@code @SpanTag} only means something on a traced method. */
class SpanTagOutsideTraceTest {

  @Test
  void spanTagOnParameterOfUntracedMethodIsAnError() {
    JavaFileObject source = fixture("bad/SpanTagOnUntracedMethod.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on parameter 'carrier' has no effect: method ship is"
                + " not annotated with @Trace. Add @Trace to ship, or remove @SpanTag.")
        .inFile(source)
        .onLine(7)
        .atColumn(29);
  }

  @Test
  void spanTagOnConstructorParameterIsAnError() {
    JavaFileObject source = fixture("bad/SpanTagOnConstructor.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on parameter 'capacity' has no effect: constructor of"
                + " SpanTagOnConstructor cannot be traced (@Trace applies to methods only). Remove"
                + " @SpanTag.")
        .inFile(source)
        .onLine(9)
        .atColumn(24);
  }

  @Test
  void spanTagOnParameterOfTracedMethodIsAccepted() {
    Compilation compilation = compile(fixture("good/OrderService.java"));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
