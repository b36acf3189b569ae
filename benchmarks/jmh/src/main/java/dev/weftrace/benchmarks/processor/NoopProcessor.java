package dev.weftrace.benchmarks.processor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that asks for the same annotations as weftrace's and does nothing with them.
 *
 * <p>Running it isolates what javac charges for annotation processing as such (a processing round,
 * keeping trees for it) from what {@code TraceProcessor} adds on top: most real builds already pay
 * the first part for some other processor (Lombok, MapStruct, JMH's own generator).
 */
final class NoopProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.weftrace.annotation.Trace", "dev.weftrace.annotation.SpanTag");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
