package dev.weftrace.sample;

import static dev.weftrace.sample.TraceTreePrinterTest.structure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.sample.telemetry.TraceTree;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rendering of hand-made spans of the real SDK, for the cases the pipeline does not produce. */
class TraceTreeTest {

  @RegisterExtension final InMemoryTracing tracing = new InMemoryTracing();

  @Test
  void sortsSiblingsByStartAndDrawsTheirBranches() {
    Span root = start("root", null);
    Span first = start("first", root);
    start("nested", first).end();
    start("second", root).end();
    first.end(); // Ends after "second", but started before it.
    root.end();

    assertThat(structure(TraceTree.render(tracing.awaitSpans(4), 0)))
        .containsExactly(
            "trace <id> (4 spans)",
            "`-- root<t>",
            "    |-- first<t>",
            "    |   `-- nested<t>",
            "    `-- second<t>");
  }

  @Test
  void namesKindsOtherThanInternalQuotesOnlyStringsAndShowsTheStatusWithoutAnException() {
    tracing
        .tracer()
        .spanBuilder("call")
        .setSpanKind(SpanKind.PRODUCER)
        .setAllAttributes(
            Attributes.builder()
                .put("z.text", "7")
                .put("a.number", 7L)
                .put("m.flag", false)
                .put(AttributeKey.stringArrayKey("tags"), List.of("x", "y"))
                .build())
        .startSpan()
        .setStatus(StatusCode.ERROR, "queue full")
        .end();

    assertThat(structure(TraceTree.render(tracing.awaitSpans(1), 0)))
        .containsExactly(
            "trace <id> (1 span)",
            "`-- call PRODUCER<t>  a.number=7 m.flag=false tags=[x, y] z.text=\"7\""
                + "  => ERROR queue full");
  }

  @Test
  void drawsSpansWhoseParentIsMissingAtTheTopLevel() {
    Span root = start("root", null);
    start("a", root).end();
    start("b", root).end();
    root.end();
    List<SpanData> withoutRoot =
        tracing.awaitSpans(3).stream()
            .filter(span -> !span.getName().equals("root"))
            .collect(Collectors.toList());

    assertThat(structure(TraceTree.render(withoutRoot, 1)))
        .containsExactly(
            "trace <id> (2 spans ended, 1 still running at shutdown)", "|-- a<t>", "`-- b<t>");
  }

  private Span start(String name, Span parent) {
    return tracing
        .tracer()
        .spanBuilder(name)
        .setParent(parent == null ? Context.root() : Context.root().with(parent))
        .startSpan();
  }
}
