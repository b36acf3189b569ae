package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanConventionsTest {

  private final TagSinkTest.RecordingSink sink = new TagSinkTest.RecordingSink();

  @Test
  void datadogGetsAnOperationNameAndADefaultResourceForEverySpan() {
    SpanConventions.DATADOG.describe(
        MethodSpan.builder("Orders.place").measured(true).build(), sink);

    assertThat(sink.calls)
        .containsExactly(
            "string operation.name=Orders.place",
            "string resource.name=Orders.place",
            "long _dd.measured=1");
  }

  @Test
  void datadogResourceIsTheAnnotationsWhenSetAndTheOperationNameIsTheSpanName() {
    SpanConventions.DATADOG.describe(
        MethodSpan.builder("orders.place")
            .methodName("Orders.place")
            .resourceName("POST /orders")
            .service("shop")
            .spanType("web")
            .build(),
        sink);

    assertThat(sink.calls)
        .containsExactly(
            "string operation.name=orders.place",
            "string resource.name=POST /orders",
            "string service.name=shop",
            "string span.type=web");
  }

  @Test
  void datadogThroughOpenTracingSendsNoOperationNameTagSinceBuildSpanNamesIt() {
    SpanConventions.DATADOG_OPENTRACING.describe(MethodSpan.builder("Orders.place").build(), sink);

    assertThat(sink.calls).containsExactly("string resource.name=Orders.place");
  }

  @Test
  void openTelemetryGetsOnlyWhatTheAnnotationSets() {
    SpanConventions.OPEN_TELEMETRY.describe(
        MethodSpan.builder("Orders.place").measured(true).build(), sink);
    assertThat(sink.calls).isEmpty();

    SpanConventions.OPEN_TELEMETRY.describe(
        MethodSpan.builder("Orders.place").resourceName("POST /orders").build(), sink);
    assertThat(sink.calls).containsExactly("string resource.name=POST /orders");
  }
}
