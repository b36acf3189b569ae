package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [TraceNotWeavable]}: only a method with a body can be woven; an annotation type has
 * none. (A lambda cannot carry {@code @Trace} at all: its target is methods and types only.)
 */
class TraceNotWeavableTest {

  @Test
  void traceOnAbstractMethodIsAnError() {
    JavaFileObject source = fixture("bad/TraceOnAbstractMethod.java");

    Compilation compilation = compile(source);

    // One error: the concrete method 'audit' in the same class is fine.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[TraceNotWeavable] @Trace on abstract method 'settle' has no effect: only a method"
                + " with a body can be woven. Put @Trace on the implementing methods instead.")
        .inFile(source)
        .onLine(7)
        .atColumn(3);
  }

  @Test
  void traceOnInterfaceMethodWithoutBodyIsAnError() {
    JavaFileObject source = fixture("bad/TraceOnInterfaceMethod.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[TraceNotWeavable] @Trace on abstract method 'lookUp' has no effect: only a method"
                + " with a body can be woven.")
        .inFile(source)
        .onLine(7)
        .atColumn(3);
  }

  @Test
  void traceOnNativeMethodIsAnError() {
    JavaFileObject source = fixture("bad/TraceOnNativeMethod.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[TraceNotWeavable] @Trace on native method 'checksum' has no effect: only a method"
                + " with a body can be woven.")
        .inFile(source)
        .onLine(7)
        .atColumn(3);
  }

  @Test
  void traceOnAnnotationTypeAndOnItsElementsIsAnError() {
    JavaFileObject source = fixture("bad/TraceOnAnnotationType.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[TraceNotWeavable] @Trace on annotation type TraceOnAnnotationType has no effect: an"
                + " annotation type has no code to weave. Remove @Trace.")
        .inFile(source)
        .onLine(5)
        .atColumn(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[TraceNotWeavable] @Trace on element 'value' of annotation type"
                + " TraceOnAnnotationType has no effect: annotation elements have no code to"
                + " weave. Remove @Trace.")
        .inFile(source)
        .onLine(8)
        .atColumn(3);
  }

  @Test
  void classLevelTraceOnInterfaceIsAccepted() {
    Compilation compilation = compile(fixture("good/TracedInterface.java"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void traceOnDefaultAndStaticInterfaceMethodsIsAccepted() {
    Compilation compilation = compile(fixture("good/Greeter.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("fixtures.good.Greeter_WeftraceSpans")
        .contentsAsUtf8String()
        .containsMatch(
            "case \"greet\\(java.lang.String\\)\"(.|\\n)*case \"named\\(java.lang.String\\)\"");
  }

  @Test
  void traceOnStaticMethodIsAccepted() {
    Compilation compilation = compile(fixture("good/OrderService.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("fixtures.good.OrderService_WeftraceSpans")
        .contentsAsUtf8String()
        .contains("case \"purgeExpired()\"");
  }
}
