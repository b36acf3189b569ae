package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * This module's tests are compiled without the processor, so every class here lacks a companion.
 */
class MethodSpansTest {

  static class Orders {
    @Trace(operationName = "orders.place", resourceName = "POST /orders", kind = Trace.Kind.SERVER)
    void place(@SpanTag("customer") String customerId, int ignored, @SpanTag long quantity) {}

    @Trace(noParent = true, measured = true)
    CompletableFuture<String> later() {
      return null;
    }

    void untraced() {}

    @TagSpan(tags = "cache:orders")
    @SpanTag(value = "found", localRoot = true)
    boolean lookUp(
        @SpanTag("order") String id, @SpanTag(value = "customer", localRoot = true) String c) {
      return true;
    }
  }

  /** Has a hand-written companion, as the processor would generate: see below. */
  static class WithCompanion {
    @Trace
    void traced() {}
  }

  @Test
  void companionNameJoinsEnclosingSimpleNamesWithUnderscores() {
    assertThat(MethodSpans.companionName(Orders.class))
        .isEqualTo("dev.weftrace.weaver.internal.MethodSpansTest_Orders_WeftraceSpans");
    assertThat(MethodSpans.companionName(MethodSpansTest.class))
        .isEqualTo("dev.weftrace.weaver.internal.MethodSpansTest_WeftraceSpans");
  }

  @Test
  void localAndAnonymousClassesHaveNoCompanion() {
    class Local {}
    Object anonymous = new Object() {};

    assertThat(MethodSpans.companionName(Local.class)).isNull();
    assertThat(MethodSpans.companionName(anonymous.getClass())).isNull();
  }

  @Test
  void methodKeyUsesRunTimeTypeNames() {
    assertThat(
            MethodSpans.methodKey(
                "place", new Class<?>[] {String.class, int.class, String[].class, Orders.class}))
        .isEqualTo(
            "place(java.lang.String,int,java.lang.String[],"
                + "dev.weftrace.weaver.internal.MethodSpansTest$Orders)");
    assertThat(MethodSpans.methodKey("none", new Class<?>[0])).isEqualTo("none()");
  }

  @Test
  void withoutACompanionTheAnnotationsAreReadByReflection() {
    MethodSpan span =
        MethodSpans.resolve(
            Orders.class,
            "place",
            new Class<?>[] {String.class, int.class, long.class},
            new String[] {"customerId", "ignored", "quantity"});

    assertThat(span.spanName()).isEqualTo("orders.place");
    assertThat(span.resourceName()).isEqualTo("POST /orders");
    assertThat(span.kind()).isEqualTo(Trace.Kind.SERVER);
    assertThat(span.completesLater()).isFalse();
    TagSinkTest.RecordingSink sink = new TagSinkTest.RecordingSink();
    span.tags().bind(new Object[] {"c-1", 5, 7L}, sink);
    assertThat(sink.calls).containsExactly("string customer=c-1", "long quantity=7");
  }

  @Test
  void withoutACompanionTagSpanMethodsAndLocalRootTagsAreReadByReflection() {
    MethodSpan span =
        MethodSpans.resolve(
            Orders.class,
            "lookUp",
            new Class<?>[] {String.class, String.class},
            new String[] {"id", "c"});

    assertThat(span.tagsCurrentSpan()).isTrue();
    TagSinkTest.RecordingSink own = new TagSinkTest.RecordingSink();
    TagSinkTest.RecordingSink root = new TagSinkTest.RecordingSink();
    span.putStaticTags(own);
    span.tags().bind(new Object[] {"o-1", "c-1"}, own);
    span.localRootTags().bind(new Object[] {"o-1", "c-1"}, root);
    span.localRootResultTags().bind(true, root);
    assertThat(own.calls).containsExactly("string cache=orders", "string order=o-1");
    assertThat(root.calls).containsExactly("string customer=c-1", "boolean found=true");
    assertThat(span.resultTags()).isNull();
  }

  @Test
  void withoutParameterNamesTagKeysFallBackToArgIndex() {
    MethodSpan span =
        MethodSpans.resolve(
            Orders.class, "place", new Class<?>[] {String.class, int.class, long.class}, null);

    TagSinkTest.RecordingSink sink = new TagSinkTest.RecordingSink();
    span.tags().bind(new Object[] {"c-1", 5, 7L}, sink);
    assertThat(sink.calls).containsExactly("string customer=c-1", "long arg2=7");
  }

  /** A class of its own, so that its companion lookup (and warning) happens in this test. */
  static class Forgotten {
    @Trace
    void traced() {}
  }

  @Test
  void missingCompanionIsReportedOnceWithTheFix() {
    List<LogRecord> records =
        TestDoubles.logsOf(
            () -> {
              MethodSpans.resolve(Forgotten.class, "traced", new Class<?>[0], null);
              MethodSpans.resolve(Forgotten.class, "traced", new Class<?>[0], null);
            });

    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
    assertThat(records.get(0).getMessage())
        .contains("MethodSpansTest$Forgotten is woven but has no generated")
        .contains("MethodSpansTest_Forgotten_WeftraceSpans")
        .contains("weftrace-processor")
        .contains("<annotationProcessorPaths>");
  }

  @Test
  void reflectionReadsFlagsAndAsyncReturnType() {
    MethodSpan span = MethodSpans.resolve(Orders.class, "later", new Class<?>[0], null);

    assertThat(span.spanName()).isEqualTo("Orders.later");
    assertThat(span.noParent()).isTrue();
    assertThat(span.measured()).isTrue();
    assertThat(span.completesLater()).isTrue();
    assertThat(span.resourceName()).isNull();
  }

  @Test
  void generatedCompanionIsPreferredOverReflection() {
    MethodSpan span = MethodSpans.resolve(WithCompanion.class, "traced", new Class<?>[0], null);

    assertThat(span).isSameAs(MethodSpansTest_WithCompanion_WeftraceSpans.TRACED);
  }

  @Test
  void unknownMethodStillGetsASpanNamedAfterIt() {
    MethodSpan span = MethodSpans.resolve(Orders.class, "noSuchMethod", new Class<?>[0], null);

    assertThat(span.spanName()).isEqualTo("Orders.noSuchMethod");
  }
}
