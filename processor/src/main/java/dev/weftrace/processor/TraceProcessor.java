package dev.weftrace.processor;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks {@code @Trace} and {@code @SpanTag} and generates a span companion for each class with
 * traced methods (see {@link CompanionWriter}).
 *
 * <p>It never crashes javac: a failure on one element becomes one {@code [ProcessorFailure]} error
 * on that element. It claims no annotation, so other processors still see them.
 */
public final class TraceProcessor extends AbstractProcessor {

  private static final String SPAN_COMPANION = "dev.weftrace.weaver.internal.SpanCompanion";

  private Diagnostics diagnostics;
  private TraceValidator traceValidator;
  private SpanTagValidator spanTagValidator;
  private TracedMethods tracedMethods;
  private CompanionWriter companionWriter;
  /** Classes whose traced methods use types not generated yet, by qualified name. */
  private final Set<String> deferredOwners = new LinkedHashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
    traceValidator = new TraceValidator(diagnostics);
    spanTagValidator = new SpanTagValidator(diagnostics);
    tracedMethods = new TracedMethods(env);
    companionWriter = new CompanionWriter(env.getFiler(), env.getElementUtils());
  }

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
    for (Element element : round.getElementsAnnotatedWith(SpanTag.class)) {
      if (element.getKind() == ElementKind.PARAMETER) {
        guarded(element, () -> spanTagValidator.check((VariableElement) element));
      }
    }
    Map<TypeElement, List<TracedMethod>> byOwner = new LinkedHashMap<>();
    tracedMethodsByOwner(round)
        .forEach(
            (owner, methods) ->
                guarded(owner, () -> collectOrDefer(owner, methods, round, byOwner)));
    if (!byOwner.isEmpty() && checkWeaverPresent(byOwner.keySet().iterator().next())) {
      byOwner.forEach((owner, methods) -> guarded(owner, () -> companionWriter.write(owner, methods)));
    }
    return false;
  }

  /** This round's {@code @Trace} methods and those of classes deferred from the last round. */
  private Map<TypeElement, List<ExecutableElement>> tracedMethodsByOwner(RoundEnvironment round) {
    Map<TypeElement, List<ExecutableElement>> byOwner = new LinkedHashMap<>();
    for (String name : deferredOwners) {
      TypeElement owner = processingEnv.getElementUtils().getTypeElement(name);
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        if (method.getAnnotation(Trace.class) != null) {
          byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(method);
        }
      }
    }
    deferredOwners.clear();
    for (Element element : round.getElementsAnnotatedWith(Trace.class)) {
      if (element.getKind() == ElementKind.METHOD) {
        TypeElement owner = (TypeElement) element.getEnclosingElement();
        byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add((ExecutableElement) element);
      }
    }
    return byOwner;
  }

  private void collectOrDefer(
      TypeElement owner,
      List<ExecutableElement> methods,
      RoundEnvironment round,
      Map<TypeElement, List<TracedMethod>> byOwner) {
    if (!tracedMethods.typesResolved(methods)) {
      // A type that another processor generates later in this compile: method keys would read
      // "error". Retry next round; if it never comes, javac reports the missing type itself.
      if (!round.processingOver()) {
        deferredOwners.add(owner.getQualifiedName().toString());
      }
      return;
    }
    methods.forEach(method -> guarded(method, () -> collect(method, byOwner)));
  }

  private void collect(ExecutableElement method, Map<TypeElement, List<TracedMethod>> byOwner) {
    if (traceValidator.check(method)) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(tracedMethods.read(method));
    }
  }

  /** Generated companions implement a weaver type; without it they would not compile. */
  private boolean checkWeaverPresent(TypeElement someOwner) {
    if (processingEnv.getElementUtils().getTypeElement(SPAN_COMPANION) != null) {
      return true;
    }
    // One error is enough: javac starts no further round after it.
    diagnostics.error(
        Rule.WEAVER_MISSING,
        someOwner,
        null,
        "@Trace methods need dev.weftrace:weftrace-weaver on the compile classpath (it is the"
            + " runtime the woven code calls): add it to <dependencies>.");
    return false;
  }

  private void guarded(Element element, Step step) {
    try {
      step.run();
    } catch (Exception | LinkageError | AssertionError failure) {
      diagnostics.internalError(element, failure);
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }
}
