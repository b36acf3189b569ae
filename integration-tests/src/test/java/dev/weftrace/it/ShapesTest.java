package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShapesTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  static Stream<Arguments> everyShapeOfMethod() {
    Shapes shapes = new Shapes();
    return Stream.of(
        shape("Shapes.publicMethod", "public", shapes::publicMethod),
        shape("Shapes.privateMethod", "private", shapes::callPrivate),
        shape("Shapes.protectedMethod", "protected", shapes::protectedMethod),
        shape("Shapes.packagePrivateMethod", "package", shapes::packagePrivateMethod),
        shape("Shapes.staticMethod", "static", Shapes::staticMethod),
        shape("Point.sum", 3, () -> new Shapes.Point(1, 2).sum()),
        shape("Nested.nested", "nested", () -> new Shapes.Nested().nested()),
        shape("Inner.inner", "inner class", () -> shapes.new Inner().inner()),
        shape("Greeting.greet", "default", () -> new Shapes.Greeter().greet()),
        shape("Mode.describe", "ON", Shapes.Mode.ON::describe),
        shape("Shapes.returnsPrimitive", 42, shapes::returnsPrimitive),
        shape(
            "Shapes.returnsNothing",
            null,
            () -> {
              shapes.returnsNothing();
              return null;
            }));
  }

  private static Arguments shape(String span, Object result, Supplier<Object> call) {
    return Arguments.of(span, result, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyShapeOfMethod")
  void everyExecutionOfATracedMethodMakesExactlyOneSpan(
      String span, Object result, Supplier<Object> call) {
    assertThat(call.get()).isEqualTo(result);

    assertThat(tracing.names()).containsExactly(span);
  }

  @Test
  void selfInvocationThroughThisIsTracedAsAChild() {
    assertThat(new Shapes().outer()).isEqualTo("outer+inner");

    assertThat(tracing.names()).containsExactly("Shapes.inner", "Shapes.outer");
    assertThat(tracing.only("Shapes.inner").getParentSpanId())
        .isEqualTo(tracing.only("Shapes.outer").getSpanId());
  }

  @Test
  void recursionMakesOneSpanPerLevelEachTheChildOfTheLevelAbove() {
    assertThat(new Shapes().countdown(3)).isEqualTo(3);

    var spans = tracing.spans();
    assertThat(spans).hasSize(4);
    // Spans end innermost first: each one's parent is the next to end.
    for (int i = 0; i < 3; i++) {
      assertThat(spans.get(i).getParentSpanId()).isEqualTo(spans.get(i + 1).getSpanId());
    }
    assertThat(spans.get(3).getParentSpanContext().isValid()).isFalse();
  }

  @Test
  void repeatedCallsMakeOneSpanEach() {
    Shapes shapes = new Shapes();
    for (int i = 0; i < 5; i++) {
      shapes.publicMethod();
    }

    assertThat(tracing.names()).hasSize(5).containsOnly("Shapes.publicMethod");
  }
}
