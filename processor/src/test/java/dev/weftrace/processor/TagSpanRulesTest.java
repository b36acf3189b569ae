package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weftrace.processor.Fixtures.compile;
import static dev.weftrace.processor.Fixtures.fixture;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rules {@code [TagSpanWithTrace]}, {@code [TagSpanNotWeavable]} and {@code [TagSpanEmpty]}: a
 * {@code @TagSpan} method makes no span, so it cannot be traced too, needs a body to weave and tags
 * to add.
 */
class TagSpanRulesTest {

  @Test
  void tagSpanWithTraceOnOneMethodIsAnErrorThatSaysWhichToKeep() {
    JavaFileObject source = fixture("bad/TagSpanWithTrace.java");

    Compilation compilation = compile(source);

    // optedOut has @Trace(enabled = false): it only tags, which is fine.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[TagSpanWithTrace] method 'lookUp' has both @Trace and @TagSpan, which exclude each"
                + " other: @Trace gives each call a span of its own that carries the tags; @TagSpan"
                + " makes no span and puts the tags on the span current at the call. Keep @Trace"
                + " to see each call as a span, or @TagSpan to tag the caller's span.")
        .inFile(source)
        .onLine(10)
        .atColumn(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[TagSpanWithTrace] method 'find' has @TagSpan but is traced by the @Trace on class"
                + " Covered, and the two exclude each other: @Trace gives each call a span of its"
                + " own that carries the tags; @TagSpan makes no span and puts the tags on the span"
                + " current at the call. Remove @TagSpan to keep the span, or add"
                + " @Trace(enabled = false) to find to only tag the caller's span.")
        .inFile(source)
        .onLine(17)
        .atColumn(5);
  }

  @Test
  void tagSpanOnAbstractOrNativeMethodIsAnError() {
    JavaFileObject source = fixture("bad/TagSpanNotWeavable.java");

    Compilation compilation = compile(source);

    // One error each: the concrete method 'audit' is fine, and the tags are not checked twice.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[TagSpanNotWeavable] @TagSpan on abstract method 'settle' has no effect: only a method"
                + " with a body can be woven. Put @TagSpan on the implementing methods instead.")
        .inFile(source)
        .onLine(8)
        .atColumn(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[TagSpanNotWeavable] @TagSpan on native method 'checksum' has no effect")
        .inFile(source)
        .onLine(11)
        .atColumn(3);
  }

  @Test
  void tagSpanWithoutTagsIsAnError() {
    JavaFileObject source = fixture("bad/TagSpanEmpty.java");

    Compilation compilation = compile(source);

    // warm() has a static tag: it does something.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[TagSpanEmpty] @TagSpan on method 'lookUp' has no effect: it has no @SpanTag on its"
                + " parameters or return value and no static tags. Add @SpanTag to what the"
                + " current span should carry, or tags = \"key:value\", or remove @TagSpan.")
        .inFile(source)
        .onLine(7)
        .atColumn(3);
  }

  @Test
  void tagSpanMethodsOfEveryShapeAreAccepted() {
    Compilation compilation = compile(fixture("good/Catalog.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("fixtures.good.Catalog_WeftraceSpans")
        .contentsAsUtf8String()
        .contains("case \"remember(boolean)\"");
  }
}
