package dev.weftrace.processor;

import dev.weftrace.annotation.Trace;
import dev.weftrace.contract.StaticTag;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.annotation.IncompleteAnnotationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@link TracedMethod} from a traced method, checking what only it can check. */
final class TracedMethods {

  private final Elements elements;
  private final Types types;
  private static final String MONO = "reactor.core.publisher.Mono";
  private static final String FLUX = "reactor.core.publisher.Flux";

  private final TypeMirror completionStage;

  private final TypeMirror object;
  private final PropertyPaths paths;
  private final TracedElements tracedElements;
  private final RuntimeNames runtimeNames;
  private final Diagnostics diagnostics;
  /** Rule and element of problems with a class-level @Trace: reported once, not per method. */
  private final Set<List<Object>> reportedOnce = new HashSet<>();

  TracedMethods(ProcessingEnvironment env, TracedElements tracedElements, Diagnostics diagnostics) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.completionStage =
        types.erasure(
            elements.getTypeElement("java.util.concurrent.CompletionStage").asType());
    this.object = elements.getTypeElement("java.lang.Object").asType();
    this.paths = new PropertyPaths(elements, types);
    this.tracedElements = tracedElements;
    this.runtimeNames = new RuntimeNames(elements, types);
    this.diagnostics = diagnostics;
  }

  /**
   * Whether every parameter and return type of {@code methods} exists yet; a type that another
   * processor generates in a later round is an error type until then.
   */
  boolean typesResolved(List<ExecutableElement> methods) {
    for (ExecutableElement method : methods) {
      if (!resolved(method.getReturnType())) {
        return false;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (!resolved(parameter.asType())) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean resolved(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    while (erased.getKind() == TypeKind.ARRAY) {
      erased = ((ArrayType) erased).getComponentType();
    }
    return erased.getKind() != TypeKind.ERROR;
  }

  /**
   * Whether every tag path of {@code methods} resolves and reads no class that Lombok annotates.
   * If not, the processor looks again one round later: Lombok, when it runs after this processor
   * in a round, changes those classes (private fields, new getters) only after this processor has
   * seen them, and javac shows the change from the next round on.
   */
  boolean pathsSettled(List<ExecutableElement> methods) {
    for (ExecutableElement method : methods) {
      String companionPackage = companionPackage(method);
      for (VariableElement parameter : method.getParameters()) {
        if (!pathsSettled(SpanTagMirrors.of(parameter), parameter.asType(), companionPackage)) {
          return false;
        }
      }
      List<SpanTagMirrors.Occurrence> resultTags = SpanTagMirrors.of(method);
      TypeMirror result = method.getReturnType();
      if (!resultTags.isEmpty()
          && result.getKind() != TypeKind.VOID
          && !pathsSettled(resultTags, resultValueType(result), companionPackage)) {
        return false;
      }
    }
    return true;
  }

  private boolean pathsSettled(
      List<SpanTagMirrors.Occurrence> occurrences,
      TypeMirror declaredType,
      String companionPackage) {
    for (SpanTagMirrors.Occurrence occurrence : occurrences) {
      String path;
      try {
        path = occurrence.tag().path();
      } catch (AnnotationTypeMismatchException | IncompleteAnnotationException broken) {
        continue; // javac reports it
      }
      if (!path.isEmpty()) {
        PropertyPaths.Resolution resolution =
            paths.resolve(pathSourceType(declaredType), path, companionPackage);
        if (resolution.problem() != null || resolution.reachesLombok()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Reads a traced method, reporting what is wrong with its tags; a tag with a problem is left out
   * (the compilation fails anyway).
   *
   * @param trace the {@code @Trace} that applies: the method's own or its class's
   */
  TracedMethod read(ExecutableElement method, Trace trace) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String companionPackage = companionPackage(method);
    String methodName = owner.getSimpleName() + "." + method.getSimpleName();
    String spanName = trace.operationName().isEmpty() ? methodName : trace.operationName();
    SpanEnd spanEnd = spanEnd(method.getReturnType());
    boolean mono = isA(method.getReturnType(), MONO);
    return new TracedMethod(
        method,
        runtimeNames.methodKey(method),
        spanName,
        methodName,
        trace.resourceName(),
        trace.service(),
        trace.spanType(),
        trace.kind(),
        trace.measured(),
        trace.noParent(),
        spanEnd,
        parameterTags(method, companionPackage),
        resultTags(method, spanEnd, spanEnd == SpanEnd.PUBLISHER && !mono, companionPackage),
        staticTags(method, trace),
        ignoredExceptions(method, companionPackage));
  }

  /** The package of {@code method}'s class, where its companion lives. */
  private String companionPackage(ExecutableElement method) {
    return elements.getPackageOf(method).getQualifiedName().toString();
  }

  /** The classes of {@code ignoreExceptions}, each one the companion can name. */
  private List<TypeMirror> ignoredExceptions(ExecutableElement method, String companionPackage) {
    AnnotationMirror trace = tracedElements.traceMirror(method);
    List<TypeMirror> types = new ArrayList<>();
    for (AnnotationValue value : Annotations.elements(Annotations.value(trace, "ignoreExceptions"))) {
      if (!(value.getValue() instanceof DeclaredType)) {
        continue; // not resolved: javac reports it
      }
      DeclaredType type = (DeclaredType) value.getValue();
      if (!paths.nameable(type, companionPackage)) {
        Element source = tracedElements.traceSource(method);
        if (reportedOnce.add(List.of(Rule.IGNORED_EXCEPTION_INACCESSIBLE, source))) {
          diagnostics.error(
              Rule.IGNORED_EXCEPTION_INACCESSIBLE,
              source,
              trace,
              value,
              type.asElement().getSimpleName()
                  + " cannot be named in package '"
                  + companionPackage
                  + "', where weftrace generates the code that checks thrown exceptions: make it"
                  + " public (or package-private in that package)");
        }
        continue;
      }
      types.add(type);
    }
    return types;
  }

  private List<TracedMethod.Tag> parameterTags(ExecutableElement method, String companionPackage) {
    List<TracedMethod.Tag> tags = new ArrayList<>();
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      for (SpanTagMirrors.Occurrence occurrence : SpanTagMirrors.of(parameter)) {
        String key =
            occurrence.tag().value().isEmpty()
                ? parameter.getSimpleName().toString()
                : occurrence.tag().value();
        String source = "parameter " + parameter.getSimpleName();
        TracedMethod.Tag tag =
            tag(i, key, parameter.asType(), source, parameter, occurrence, companionPackage);
        if (tag != null) {
          tags.add(tag);
        }
      }
    }
    return tags;
  }

  private List<TracedMethod.Tag> resultTags(
      ExecutableElement method, SpanEnd spanEnd, boolean flux, String companionPackage) {
    List<SpanTagMirrors.Occurrence> occurrences = SpanTagMirrors.of(method);
    if (occurrences.isEmpty()) {
      return List.of();
    }
    if (flux) {
      diagnostics.error(
          Rule.SPAN_TAG_ON_VOID,
          method,
          occurrences.get(0).mirror(),
          "@SpanTag on method '"
              + method.getSimpleName()
              + "' would tag its result, but a Flux has no single value to tag. Return a Mono,"
              + " tag a parameter, or remove @SpanTag.");
      return List.of();
    }
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      diagnostics.error(
          Rule.SPAN_TAG_ON_VOID,
          method,
          occurrences.get(0).mirror(),
          "@SpanTag on method '"
              + method.getSimpleName()
              + "' tags its return value, but it returns nothing. Tag a parameter instead, or"
              + " remove @SpanTag.");
      return List.of();
    }
    TypeMirror resultType = resultValueType(method.getReturnType());
    List<TracedMethod.Tag> tags = new ArrayList<>();
    for (SpanTagMirrors.Occurrence occurrence : occurrences) {
      if (occurrence.tag().value().isEmpty()) {
        continue; // [TagKeyInvalid]: a return value has no name to default to.
      }
      String source = spanEnd.resultValue();
      TracedMethod.Tag tag =
          tag(-1, occurrence.tag().value(), resultType, source, method, occurrence, companionPackage);
      if (tag != null) {
        tags.add(tag);
      }
    }
    return tags;
  }

  /** How a result of {@code returnType} ends its span. */
  private SpanEnd spanEnd(TypeMirror returnType) {
    if (isA(returnType, MONO) || isA(returnType, FLUX)) {
      return SpanEnd.PUBLISHER;
    }
    return types.isAssignable(types.erasure(returnType), completionStage)
        ? SpanEnd.STAGE
        : SpanEnd.PLAIN;
  }

  /**
   * What a tag on a method reads: the value a {@code CompletionStage} completes with or a {@code
   * Mono} emits, else the returned value.
   */
  private TypeMirror resultValueType(TypeMirror returnType) {
    switch (spanEnd(returnType)) {
      case STAGE:
        return stageValueType(returnType);
      case PUBLISHER:
        return isA(returnType, MONO) ? firstTypeArgument(returnType) : returnType;
      default:
        return returnType;
    }
  }

  /** The type the companion casts a value to: type variables of the method are not in scope there. */
  private TypeMirror pathSourceType(TypeMirror declaredType) {
    return containsTypeVariable(declaredType) ? types.erasure(declaredType) : declaredType;
  }

  /** Resolves one tag's path; {@code null} after reporting a problem. */
  private TracedMethod.Tag tag(
      int index,
      String key,
      TypeMirror declaredType,
      String source,
      Element element,
      SpanTagMirrors.Occurrence occurrence,
      String companionPackage) {
    String path = occurrence.tag().path();
    if (path.isEmpty()) {
      return new TracedMethod.Tag(index, key, declaredType, List.of(), declaredType, source);
    }
    TypeMirror sourceType = pathSourceType(declaredType);
    PropertyPaths.Resolution resolution = paths.resolve(sourceType, path, companionPackage);
    if (resolution.problem() == null && !paths.nameable(sourceType, companionPackage)) {
      resolution =
          new PropertyPaths.Resolution(
              null,
              new PropertyPaths.Problem(
                  Rule.TAG_PATH_INACCESSIBLE,
                  "the type "
                      + sourceType
                      + " cannot be named in package '"
                      + companionPackage
                      + "', where weftrace generates the code that reads path '"
                      + path
                      + "': make it public, or tag a property of a public type"),
              resolution.reachesLombok());
    }
    if (resolution.problem() != null) {
      if (resolution.problem().rule() == Rule.LOMBOK_NOT_RUN
          && !reportedOnce.add(List.of(Rule.LOMBOK_NOT_RUN))) {
        return null; // one cause for the whole compilation: said once
      }
      diagnostics.error(
          resolution.problem().rule(),
          element,
          occurrence.mirror(),
          occurrence.value("path"),
          resolution.problem().message());
      return null;
    }
    List<PropertyPaths.Step> steps = resolution.steps();
    return new TracedMethod.Tag(
        index,
        key,
        sourceType,
        steps,
        steps.get(steps.size() - 1).type(),
        source + ", path " + path);
  }

  private List<StaticTag> staticTags(ExecutableElement method, Trace trace) {
    List<StaticTag> tags = new ArrayList<>();
    for (String tag : trace.tags()) {
      StaticTag parsed = StaticTag.parse(tag);
      if (parsed == null) {
        Element source = tracedElements.traceSource(method);
        if (!reportedOnce.add(List.of(Rule.STATIC_TAG_MALFORMED, source))) {
          continue; // a class-level @Trace: once for the class, not once per method
        }
        AnnotationMirror mirror = tracedElements.traceMirror(method);
        diagnostics.error(
            Rule.STATIC_TAG_MALFORMED,
            source,
            mirror,
            staticTagValue(mirror, tag),
            "static tag \"" + tag + "\" must be written \"key:value\", e.g. \"team:payments\"");
        continue;
      }
      tags.add(parsed);
    }
    return tags;
  }

  /** Whether {@code type}'s erasure is a {@code qualifiedName}, a type that may be absent. */
  private boolean isA(TypeMirror type, String qualifiedName) {
    TypeElement element = elements.getTypeElement(qualifiedName);
    return element != null
        && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
  }

  /** {@code T} of a declared {@code Mono<T>}; {@code Object} if raw or a wildcard. */
  private TypeMirror firstTypeArgument(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (!arguments.isEmpty() && arguments.get(0).getKind() == TypeKind.DECLARED) {
        return arguments.get(0);
      }
    }
    return object;
  }

  /** Where {@code tag} is written in {@code @Trace(tags = ...)}, for the caret. */
  private static AnnotationValue staticTagValue(AnnotationMirror trace, String tag) {
    for (AnnotationValue value : Annotations.elements(Annotations.value(trace, "tags"))) {
      if (tag.equals(Annotations.string(value))) {
        return value;
      }
    }
    return null;
  }

  /** {@code T} of the {@code CompletionStage<T>} that {@code type} is; {@code Object} if unknown. */
  private TypeMirror stageValueType(TypeMirror type) {
    for (TypeMirror candidate = type; candidate != null; ) {
      if (types.isSameType(types.erasure(candidate), completionStage)) {
        List<? extends TypeMirror> arguments = ((DeclaredType) candidate).getTypeArguments();
        TypeMirror argument = arguments.isEmpty() ? null : arguments.get(0);
        return argument == null || argument.getKind() != TypeKind.DECLARED ? object : argument;
      }
      TypeMirror next = null;
      for (TypeMirror supertype : types.directSupertypes(candidate)) {
        if (types.isAssignable(types.erasure(supertype), completionStage)) {
          next = supertype;
        }
      }
      candidate = next;
    }
    return object;
  }

  private boolean containsTypeVariable(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR:
        return true;
      case ARRAY:
        return containsTypeVariable(((ArrayType) type).getComponentType());
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          if (containsTypeVariable(argument)) {
            return true;
          }
        }
        return false;
      case WILDCARD:
        javax.lang.model.type.WildcardType wildcard = (javax.lang.model.type.WildcardType) type;
        return wildcard.getExtendsBound() != null && containsTypeVariable(wildcard.getExtendsBound())
            || wildcard.getSuperBound() != null && containsTypeVariable(wildcard.getSuperBound());
      default:
        return false;
    }
  }
}
