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
    assertThat(ajcJoinPointFields(Shapes.class))
        .as("AspectJ join point fields in Shapes: is aspectj-maven-plugin weaving target/classes?")
        .isNotEmpty();
  }

  @Test
  void testClassesAreWovenByTheBuild() {
    assertThat(ajcJoinPointFields(TestCodeTest.class))
        .as("AspectJ join point fields in TestCodeTest: is test-compile weaving test-classes?")
        .isNotEmpty();
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
