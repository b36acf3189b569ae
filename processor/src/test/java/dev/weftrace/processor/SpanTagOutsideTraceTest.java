package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code [SpanTagOutsideTrace]}: {@code @SpanTag} only means something on a traced method, by
 * its own {@code @Trace} or its class's.
 */
class SpanTagOutsideTraceTest {

  @Test
  void spanTagOnParameterOfUntracedMethodIsAnError() {
    JavaFileObject source = fixture("bad/SpanTagOnUntracedMethod.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on parameter 'carrier' has no effect: method ship has"
                + " neither @Trace nor @TagSpan. Add @Trace to ship to give each call a span with"
                + " these tags, or @TagSpan to add them to the span current at the call, or remove"
                + " @SpanTag.")
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
                + " SpanTagOnConstructor cannot be traced (@Trace and @TagSpan apply to methods only)."
                + " Remove @SpanTag.")
        .inFile(source)
        .onLine(9)
        .atColumn(24);
  }

  @Test
  void spanTagOnReturnValueOfUntracedMethodIsAnError() {
    JavaFileObject source = fixture("bad/SpanTagOnUntracedResult.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on method 'total' (its return value) has no effect:"
                + " method total has neither @Trace nor @TagSpan. Add @Trace to total to give each"
                + " call a span with these tags, or @TagSpan to add them to the span current at the"
                + " call, or remove @SpanTag.")
        .inFile(source)
        .onLine(7)
        .atColumn(3);
  }

  @Test
  void repeatedSpanTagsOnUntracedMethodAreOneErrorPerTaggedElement() {
    // Only the SpanTag.List container is in this file: the processor must still run and see it.
    // javac cannot place the caret on one annotation of a repeated group: it points at the name.
    JavaFileObject source = fixture("bad/RepeatedSpanTagOnUntracedMethod.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on method 'widen' (its return value) has no effect:"
                + " method widen has neither @Trace nor @TagSpan.")
        .inFile(source)
        .onLine(10)
        .atColumn(9);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on parameter 'range' has no effect: method widen has"
                + " neither @Trace nor @TagSpan.")
        .inFile(source)
        .onLine(12)
        .atColumn(17);
  }

  @Test
  void spanTagOnMethodsThatAClassLevelTraceDoesNotCoverIsAnError() {
    JavaFileObject source = fixture("bad/SpanTagOutsideClassTrace.java");

    Compilation compilation = compile(source);

    // The public method 'covered' is traced by the class: no error there.
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on parameter 'orderId' has no effect: method helper is"
                + " not public, and the @Trace on class SpanTagOutsideClassTrace traces public"
                + " methods only. Add @Trace to helper to give each call a span with these tags, or"
                + " @TagSpan to add them to the span current at the call, or remove @SpanTag.")
        .inFile(source)
        .onLine(11)
        .atColumn(23);
    assertThat(compilation)
        .hadErrorContaining("method packagePrivate is not public")
        .inFile(source)
        .onLine(13)
        .atColumn(23);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on parameter 'other' has no effect: the @Trace on"
                + " class SpanTagOutsideClassTrace does not trace toString, equals and hashCode."
                + " Add @Trace to equals to give each call a span with these tags, or @TagSpan to add"
                + " them to the span current at the call, or remove @SpanTag.")
        .inFile(source)
        .onLine(16)
        .atColumn(25);
  }

  @Test
  void spanTagOnAbstractMethodOfTracedInterfaceIsAnError() {
    JavaFileObject source = fixture("bad/SpanTagOutsideInterfaceTrace.java");

    Compilation compilation = compile(source);

    // The default method 'findAll' is traced by the interface: no error there.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SpanTagOutsideTrace] @SpanTag on parameter 'query' has no effect: method find has no"
                + " body, so the @Trace on interface SpanTagOutsideInterfaceTrace does not trace"
                + " it. Tag the implementing method instead, or remove @SpanTag.")
        .inFile(source)
        .onLine(9)
        .atColumn(15);
  }

  @Test
  void spanTagOnParametersAndResultOfTagSpanMethodsIsAccepted() {
    Compilation compilation = compile(fixture("good/Catalog.java"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void spanTagOnParameterOfTracedMethodIsAccepted() {
    Compilation compilation = compile(fixture("good/OrderService.java"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void spanTagsOnPublicMethodsOfTracedClassAndOnOwnTraceMethodsAreAccepted() {
    Compilation compilation = compile(fixture("good/ClassLevelTraceTags.java"));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
