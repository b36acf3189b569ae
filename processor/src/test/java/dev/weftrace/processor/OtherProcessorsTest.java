package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.weftrace.processor.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** The processor claims no annotation, so processors that run after it still see them. */
class OtherProcessorsTest {

  @Test
  void processorRunningAfterTraceProcessorStillSeesTraceAndSpanTagElements() {
    RecordingProcessor recorder = new RecordingProcessor();

    Compilation compilation =
        javac()
            .withProcessors(new TraceProcessor(), recorder)
            .compile(fixture("good/Greeter.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        List.of(
            "@Trace greet(java.lang.String)",
            "@Trace named(java.lang.String)",
            "@SpanTag visitor",
            "@SpanTag name"),
        recorder.seen);
  }

  /** Records every element carrying {@code @Trace} or {@code @SpanTag}, in every round. */
  private static final class RecordingProcessor extends AbstractProcessor {
    final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(Trace.class.getCanonicalName(), SpanTag.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (Element e : round.getElementsAnnotatedWith(Trace.class)) {
        seen.add("@Trace " + e);
      }
      for (Element e : round.getElementsAnnotatedWith(SpanTag.class)) {
        seen.add("@SpanTag " + e);
      }
      return false;
    }
  }
}
