package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fails loudly if the build stopped weaving: every other test would then see no spans, but this one
 * says why.
 */
class WeavingTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  void mainClassesAreWovenByTheBuild() {
    assertWovenByTheBuild(Shapes.class, "is aspectj-maven-plugin weaving target/classes?");
  }

  @Test
  void testClassesAreWovenByTheBuild() {
    assertWovenByTheBuild(TestCodeTest.class, "is test-compile weaving test-classes?");
  }

  /**
   * Typed advice leaves the annotation its aspect declares on the class; the generic aspect leaves
   * AspectJ's join point fields.
   */
  private static void assertWovenByTheBuild(Class<?> type, String hint) {
    if (BuildAdvice.TYPED) {
      assertThat(BuildAdvice.hasTypedAdvice(type))
          .as("@TypedAdvice on methods of %s: %s", type.getSimpleName(), hint)
          .isTrue();
    } else {
      assertThat(ajcJoinPointFields(type))
          .as("AspectJ join point fields in %s: %s", type.getSimpleName(), hint)
          .isNotEmpty();
    }
  }

  @Test
  void processorGeneratedACompanionForEachClassWithTracedMethods() throws Exception {
    for (String companion :
        new String[] {"Shapes_WeftraceSpans", "Shapes_Point_WeftraceSpans", "Tags_WeftraceSpans"}) {
      assertThat(Class.forName("dev.weftrace.it." + companion)).isNotNull();
    }
  }

  @Test
  void everyClassTheProcessorListedIsWoven() {
    // The one-line check the README suggests to users.
    Weftrace.assertWoven();

    assertThat(Weftrace.unwovenClasses(getClass().getClassLoader())).isEmpty();
  }

  @Test
  void wovenMethodMakesASpan() {
    new Shapes().publicMethod();

    assertThat(tracing.names()).containsExactly("Shapes.publicMethod");
  }

  private static Field[] ajcJoinPointFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> f.getName().startsWith("ajc$tjp_"))
        .toArray(Field[]::new);
  }
}
