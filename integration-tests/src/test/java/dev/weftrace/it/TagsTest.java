package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.annotation.Trace;
import io.opentelemetry.api.common.Attributes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TagsTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final Tags traced = new Tags();

  @Test
  void stringsAreStringAttributesKeyedByParameterNameOrExplicitKey() {
    traced.strings("c-42", "leave at door");

    assertThat(attributes("Tags.strings"))
        .isEqualTo(
            Attributes.of(
                stringKey("customerId"), "c-42", stringKey("order.note"), "leave at door"));
  }

  @Test
  void parameterNamesAreKnownWithoutTheParametersCompilerFlag() throws Exception {
    // Proves the test is meaningful: the class file does not record parameter names.
    assertThat(
            Tags.class
                .getMethod("strings", String.class, String.class)
                .getParameters()[0]
                .isNamePresent())
        .isFalse();

    traced.strings("c-1", null);

    assertThat(attributes("Tags.strings").get(stringKey("customerId"))).isEqualTo("c-1");
  }

  @Test
  void nullValuesLeaveTheTagOut() {
    traced.strings(null, null);
    traced.booleans(true, null);
    traced.integrals((byte) 1, (short) 2, 3, 4L, null, null, null, null);
    traced.others('x', null, null, null, null);

    assertThat(attributes("Tags.strings").isEmpty()).isTrue();
    assertThat(attributes("Tags.booleans").size()).isEqualTo(1);
    assertThat(attributes("Tags.integrals").size()).isEqualTo(4);
    assertThat(attributes("Tags.others").size()).isEqualTo(1);
  }

  @Test
  void booleansAndTheirBoxesAreBooleanAttributes() {
    traced.booleans(true, Boolean.FALSE);

    assertThat(attributes("Tags.booleans"))
        .isEqualTo(Attributes.of(booleanKey("express"), true, booleanKey("gift"), false));
  }

  @Test
  void integralTypesAndTheirBoxesAreLongAttributes() {
    traced.integrals((byte) -1, (short) 300, 70_000, 5_000_000_000L, (byte) 7, (short) 8, 9, 10L);

    assertThat(attributes("Tags.integrals"))
        .isEqualTo(
            Attributes.builder()
                .put(longKey("b"), -1L)
                .put(longKey("s"), 300L)
                .put(longKey("i"), 70_000L)
                .put(longKey("l"), 5_000_000_000L)
                .put(longKey("boxedByte"), 7L)
                .put(longKey("boxedShort"), 8L)
                .put(longKey("boxedInt"), 9L)
                .put(longKey("boxedLong"), 10L)
                .build());
  }

  @Test
  void floatingPointTypesAndTheirBoxesAreDoubleAttributes() {
    traced.floats(1.5f, 2.25, 3.5f, 4.75);

    assertThat(attributes("Tags.floats"))
        .isEqualTo(
            Attributes.builder()
                .put(doubleKey("f"), 1.5)
                .put(doubleKey("d"), 2.25)
                .put(doubleKey("boxedFloat"), 3.5)
                .put(doubleKey("boxedDouble"), 4.75)
                .build());
  }

  @Test
  void otherTypesAreRecordedAsStringValueOf() {
    Object anything = new Object();
    traced.others('A', new Tags.Sku("123"), Trace.Kind.CLIENT, List.of("a", "b"), anything);

    assertThat(attributes("Tags.others"))
        .isEqualTo(
            Attributes.builder()
                .put(stringKey("grade"), "A")
                .put(stringKey("sku"), "SKU-123")
                .put(stringKey("kind"), "CLIENT")
                .put(stringKey("items"), "[a, b]")
                .put(stringKey("anything"), anything.toString())
                .build());
  }

  @Test
  void onlyTaggedParametersBecomeAttributes() {
    assertThat(traced.mixed("x", 3, new Object())).isEqualTo("x3");

    assertThat(attributes("Tags.mixed")).isEqualTo(Attributes.of(longKey("qty"), 3L));
  }

  @Test
  void methodsOfEveryParameterCountAreTracedOnceWithTheirTags() {
    assertThat(traced.six(1, 2L, "three", 4.0, true, 'f')).isEqualTo(3L);
    assertThat(traced.seven(1, 2L, "three", 4.0, true, 'f', "g")).isEqualTo(3L);

    assertThat(tracing.names()).containsExactly("Tags.six", "Tags.seven");
    assertThat(attributes("Tags.six"))
        .isEqualTo(
            Attributes.builder()
                .put(longKey("p1"), 1L)
                .put(stringKey("p3"), "three")
                .put(stringKey("p6"), "f")
                .build());
    assertThat(attributes("Tags.seven")).isEqualTo(Attributes.of(stringKey("p7"), "g"));
  }

  @Test
  void declaredObjectIsRecordedByItsRunTimeType() {
    traced.dynamic(12);
    traced.dynamic("text");
    traced.dynamic(true);
    traced.dynamic(0.5);

    assertThat(tracing.spans())
        .extracting(SpanCapture::attributes)
        .containsExactly(
            Attributes.of(longKey("value"), 12L),
            Attributes.of(stringKey("value"), "text"),
            Attributes.of(booleanKey("value"), true),
            Attributes.of(doubleKey("value"), 0.5));
  }

  @Test
  void genericParameterIsTagged() {
    traced.generic(new StringBuilder("built"));

    assertThat(attributes("Tags.generic")).isEqualTo(Attributes.of(stringKey("text"), "built"));
  }

  private Attributes attributes(String span) {
    return SpanCapture.attributes(tracing.only(span));
  }
}
