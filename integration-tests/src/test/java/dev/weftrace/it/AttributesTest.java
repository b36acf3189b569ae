package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributesTest {

  private static final AttributeKey<String> RESOURCE_NAME = AttributeKey.stringKey("resource.name");

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final Attributes traced = new Attributes();

  @Test
  void spanIsNamedSimpleClassNameDotMethodNameByDefault() {
    traced.defaults();

    SpanData span = tracing.only("Attributes.defaults");
    assertThat(span.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(span.getAttributes().isEmpty()).isTrue();
  }

  @Test
  void operationNameNamesTheSpan() {
    traced.named();

    assertThat(tracing.names()).containsExactly("orders.lookup");
  }

  @Test
  void resourceNameIsSentAsResourceNameAttribute() {
    traced.withResource();

    assertThat(tracing.only("Attributes.withResource").getAttributes().get(RESOURCE_NAME))
        .isEqualTo("GET /orders/{id}");
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("server", SpanKind.SERVER, (Consumer<Attributes>) Attributes::server),
        Arguments.of("client", SpanKind.CLIENT, (Consumer<Attributes>) Attributes::client),
        Arguments.of("producer", SpanKind.PRODUCER, (Consumer<Attributes>) Attributes::producer),
        Arguments.of("consumer", SpanKind.CONSUMER, (Consumer<Attributes>) Attributes::consumer));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void kindSetsTheSpanKind(String method, SpanKind kind, Consumer<Attributes> call) {
    call.accept(traced);

    assertThat(tracing.only("Attributes." + method).getKind()).isEqualTo(kind);
  }

  @Test
  void noParentStartsANewTraceWhileOtherCallsJoinTheCurrentOne() {
    traced.parentOfDetachedAndAttached();

    SpanData parent = tracing.only("Attributes.parentOfDetachedAndAttached");
    SpanData attached = tracing.only("Attributes.defaults");
    SpanData detached = tracing.only("Attributes.detached");
    assertThat(attached.getTraceId()).isEqualTo(parent.getTraceId());
    assertThat(attached.getParentSpanId()).isEqualTo(parent.getSpanId());
    assertThat(detached.getTraceId()).isNotEqualTo(parent.getTraceId());
    assertThat(detached.getParentSpanContext().isValid()).isFalse();
  }

  @Test
  void measuredMethodIsStillTracedOnTheOpenTelemetryBackend() {
    traced.measured();

    assertThat(tracing.names()).containsExactly("Attributes.measured");
  }
}
