package dev.weftrace.processor;

import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Runs a processor exactly as javac would, but initialises it with a changed {@link
 * ProcessingEnvironment}: the way tests put a failing collaborator under the real processor.
 */
final class EnvironmentWrappingProcessor extends AbstractProcessor {

  private final Processor delegate;
  private final UnaryOperator<ProcessingEnvironment> wrapper;

  EnvironmentWrappingProcessor(Processor delegate, UnaryOperator<ProcessingEnvironment> wrapper) {
    this.delegate = delegate;
    this.wrapper = wrapper;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    delegate.init(wrapper.apply(env));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }
}
