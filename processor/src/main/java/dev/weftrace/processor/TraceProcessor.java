package dev.weftrace.processor;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.annotation.IncompleteAnnotationException;
import java.util.ArrayList;
import java.util.HashSet;
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
import javax.lang.model.util.ElementFilter;

/**
 * Checks {@code @Trace} and {@code @SpanTag} and generates a span companion for each class with
 * traced methods (see {@link CompanionWriter}). Per round: {@link ElementValidator} checks each
 * annotated type and untraced method; then per traced method, {@link MethodDeclarations} reads it
 * once, {@link TracedMethodValidator} reports what is wrong, {@link TracedMethods} builds the
 * {@link TracedMethod} and the writers write it.
 *
 * <p>It never crashes javac: a failure on one element becomes one {@code [ProcessorFailure]} error
 * on that element. It claims no annotation, so other processors still see them.
 */
public final class TraceProcessor extends AbstractProcessor {

  private Diagnostics diagnostics;
  private ElementValidator elementValidator;
  private TracedElements tracedElements;
  private MethodDeclarations declarations;
  private TracedMethodValidator methodValidator;
  private TracedMethods tracedMethods;
  private CompanionValidator companionValidator;
  private CompanionWriter companionWriter;
  private AdviceWriter adviceWriter;
  private SpanCatalogWriter catalogWriter;

  /** Classes whose traced methods use types not generated yet, by qualified name. */
  private final Set<String> deferredOwners = new LinkedHashSet<>();

  /** Classes already given one more round for their tag paths (see {@link #collectOrDefer}). */
  private final Set<String> waitedForPaths = new HashSet<>();

  /** Classes this round leaves for the next one because of their tag paths. */
  private final List<TypeElement> waitingForPaths = new ArrayList<>();

  private NextRoundRequest nextRoundRequest;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
    tracedElements = new TracedElements(env.getElementUtils(), env.getTypeUtils());
    elementValidator = new ElementValidator(diagnostics, tracedElements);
    declarations = new MethodDeclarations(env, tracedElements);
    methodValidator = new TracedMethodValidator(env, diagnostics);
    tracedMethods = new TracedMethods(env.getElementUtils(), env.getTypeUtils());
    companionValidator = new CompanionValidator(diagnostics, env.getElementUtils());
    companionWriter = new CompanionWriter(env.getFiler(), env.getElementUtils());
    adviceWriter =
        Boolean.parseBoolean(env.getOptions().get(AdviceWriter.OPTION))
            ? new AdviceWriter(env.getFiler(), env.getElementUtils(), env.getTypeUtils())
            : null;
    catalogWriter = new SpanCatalogWriter(env.getFiler(), env.getElementUtils());
    nextRoundRequest = new NextRoundRequest(env.getFiler(), env.getElementUtils());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Trace.class.getCanonicalName(),
        TagSpan.class.getCanonicalName(),
        SpanTag.class.getCanonicalName(),
        SpanTag.List.class.getCanonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SensitiveTagValidator.STRICT_OPTION, AdviceWriter.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : elementValidator.elementsToCheck(round)) {
      guarded(element, () -> elementValidator.check(element));
    }
    Map<TypeElement, List<TracedMethod>> byOwner = new LinkedHashMap<>();
    waitingForPaths.clear();
    tracedMethodsByOwner(round)
        .forEach(
            (owner, methods) ->
                guarded(owner, () -> collectOrDefer(owner, methods, round, byOwner)));
    if (!byOwner.isEmpty()
        && companionValidator.checkWeaverPresent(byOwner.keySet().iterator().next())) {
      byOwner.forEach(
          (owner, methods) ->
              guarded(
                  owner,
                  () -> {
                    if (companionValidator.claimName(owner)) {
                      companionWriter.write(owner, methods);
                      if (adviceWriter != null) {
                        adviceWriter.write(owner, methods);
                      }
                      catalogWriter.add(owner, methods);
                    }
                  }));
    }
    if (byOwner.isEmpty() && !waitingForPaths.isEmpty()) {
      // No companion written this round: without a new file, the next round would be the last.
      TypeElement waiting = waitingForPaths.get(0);
      guarded(waiting, () -> nextRoundRequest.write(waiting));
    }
    if (round.processingOver()) {
      try {
        catalogWriter.write();
        if (adviceWriter != null) {
          adviceWriter.writeAspectList();
        }
      } catch (Exception | LinkageError failure) {
        diagnostics.error(
            Rule.PROCESSOR_FAILURE,
            null,
            null,
            "weftrace-processor failed to write "
                + SpanCatalogWriter.CATALOG
                + ": "
                + failure
                + ". This is a bug in weftrace; please report it with this message.");
      }
    }
    return false;
  }

  /**
   * This round's woven methods, traced by their own {@code @Trace} or their class's or with
   * {@code @TagSpan}, and those of classes deferred from the last round.
   */
  private Map<TypeElement, List<ExecutableElement>> tracedMethodsByOwner(RoundEnvironment round) {
    Set<TypeElement> owners = new LinkedHashSet<>();
    for (String name : deferredOwners) {
      owners.add(processingEnv.getElementUtils().getTypeElement(name));
    }
    deferredOwners.clear();
    for (Element element : round.getElementsAnnotatedWith(Trace.class)) {
      if (element.getKind() == ElementKind.METHOD) {
        owners.add((TypeElement) element.getEnclosingElement());
      } else if (element instanceof TypeElement) {
        owners.add((TypeElement) element);
      }
    }
    for (Element element : round.getElementsAnnotatedWith(TagSpan.class)) {
      if (element.getKind() == ElementKind.METHOD) {
        owners.add((TypeElement) element.getEnclosingElement());
      }
    }
    Map<TypeElement, List<ExecutableElement>> byOwner = new LinkedHashMap<>();
    for (TypeElement owner : owners) {
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        if (tracedElements.isWoven(method)) {
          byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(method);
        }
      }
    }
    return byOwner;
  }

  private void collectOrDefer(
      TypeElement owner,
      List<ExecutableElement> methods,
      RoundEnvironment round,
      Map<TypeElement, List<TracedMethod>> byOwner) {
    if (!declarations.typesResolved(methods)) {
      // A type that another processor generates later in this compile: method keys would read
      // "error". Retry next round; if it never comes, javac reports the missing type itself.
      if (!round.processingOver()) {
        deferredOwners.add(owner.getQualifiedName().toString());
      }
      return;
    }
    List<MethodDeclaration> read = new ArrayList<>();
    methods.forEach(method -> guarded(method, () -> read.add(declarations.read(method))));
    String name = owner.getQualifiedName().toString();
    if (!round.processingOver()
        && waitedForPaths.add(name)
        && !read.stream().allMatch(MethodDeclaration::pathsSettled)) {
      // A path that does not resolve, or reads a class that Lombok annotates: Lombok may change
      // it later in this round. Look again in the next round, once, and report problems then.
      deferredOwners.add(name);
      waitingForPaths.add(owner);
      return;
    }
    read.forEach(method -> guarded(method.element(), () -> collect(method, byOwner)));
  }

  private void collect(MethodDeclaration method, Map<TypeElement, List<TracedMethod>> byOwner) {
    TracedMethod traced;
    try {
      if (!methodValidator.validate(method)) {
        return;
      }
      traced = tracedMethods.read(method);
    } catch (AnnotationTypeMismatchException | IncompleteAnnotationException broken) {
      // A value javac could not compute (a missing constant): javac reports it itself.
      return;
    }
    TypeElement owner = (TypeElement) method.element().getEnclosingElement();
    byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(traced);
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
