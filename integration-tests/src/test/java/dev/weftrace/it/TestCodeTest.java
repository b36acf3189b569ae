package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import io.opentelemetry.api.common.Attributes;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Test classes are woven too, and so are classes the processor cannot see. */
class TestCodeTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Trace
  private String tracedInTestClass(@SpanTag String label) {
    return label + "!";
  }

  @Test
  void methodOfATestClassIsTraced() {
    assertThat(tracedInTestClass("hey")).isEqualTo("hey!");

    assertThat(SpanCapture.attributes(tracing.only("TestCodeTest.tracedInTestClass")))
        .isEqualTo(Attributes.of(stringKey("label"), "hey"));
  }

  @Test
  void anonymousClassIsTracedFromItsAnnotationsAndClassFileNames() {
    IntSupplier anonymous =
        new IntSupplier() {
          @Override
          public int getAsInt() {
            return twice(21);
          }

          @Trace(operationName = "anonymous.twice")
          int twice(@SpanTag int value) {
            return value * 2;
          }
        };

    assertThat(anonymous.getAsInt()).isEqualTo(42);

    // No companion is generated for anonymous classes: the runtime reads the annotations once,
    // and the tag key comes from the parameter name recorded in the class file (javac -g).
    assertThat(SpanCapture.attributes(tracing.only("anonymous.twice")))
        .isEqualTo(Attributes.of(longKey("value"), 21L));
  }

  @Test
  void localClassIsTraced() {
    class Local {
      @Trace
      String run(@SpanTag("who") String name) {
        return "ran " + name;
      }
    }

    assertThat(new Local().run("local")).isEqualTo("ran local");

    assertThat(SpanCapture.attributes(tracing.only("Local.run")))
        .isEqualTo(Attributes.of(stringKey("who"), "local"));
  }
}
