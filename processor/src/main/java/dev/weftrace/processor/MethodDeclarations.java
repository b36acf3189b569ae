package dev.weftrace.processor;

import dev.weftrace.annotation.TagSpan;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@link MethodDeclaration} from a woven method: its {@code @Trace} (or {@code @TagSpan}),
 * its tags (through {@link SpanTags}, once), how its result ends the span, and each tag path
 * resolved (through {@link PropertyPaths}). It reports nothing: problems stay in the declaration
 * for {@link TracedMethodValidator}.
 */
final class MethodDeclarations {

  private final Elements elements;
  private final Types types;
  private final AsyncReturnTypes asyncReturnTypes;
  private final PropertyPaths paths;
  private final TracedElements tracedElements;

  MethodDeclarations(ProcessingEnvironment env, TracedElements tracedElements) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.asyncReturnTypes = new AsyncReturnTypes(elements, types);
    this.paths = new PropertyPaths(elements, types);
    this.tracedElements = tracedElements;
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
   * Reads traced {@code method}, whose types are resolved. Its paths are settled if each resolves
   * and reads no class that Lombok annotates; if not, the processor looks again one round later:
   * Lombok, when it runs after this processor in a round, changes those classes (private fields,
   * new getters) only after this processor has seen them, and javac shows the change from the next
   * round on.
   */
  MethodDeclaration read(ExecutableElement method) {
    String companionPackage = elements.getPackageOf(method).getQualifiedName().toString();
    MethodKind kind = tracedElements.isTraced(method) ? MethodKind.SPAN : MethodKind.TAG_CURRENT;
    Element traceSource = kind == MethodKind.SPAN ? tracedElements.traceSource(method) : method;
    AnnotationMirror traceMirror =
        kind == MethodKind.SPAN
            ? tracedElements.traceMirror(method)
            : Annotations.mirror(method, TagSpan.class);
    TypeMirror returnType = method.getReturnType();
    SpanEnd spanEnd = asyncReturnTypes.spanEnd(returnType);
    List<TagSite> resultTags = SpanTags.ofResult(method);
    TypeMirror resultValueType =
        resultTags.isEmpty() ? null : asyncReturnTypes.resultValueType(returnType, spanEnd);
    List<PropertyPaths.Resolution> resolutions = new ArrayList<>();
    List<TagSite> parameterTags = new ArrayList<>();
    for (TagSite site : SpanTags.ofParameters(method)) {
      TypeMirror declared = method.getParameters().get(site.index()).asType();
      parameterTags.add(resolve(site, declared, companionPackage, resolutions));
    }
    if (resultValueType != null) {
      resultTags.replaceAll(site -> resolve(site, resultValueType, companionPackage, resolutions));
    }
    boolean pathsSettled =
        resolutions.stream().allMatch(r -> r.problem() == null && !r.reachesLombok());
    return new MethodDeclaration(
        method,
        kind,
        tracedElements.effectiveTrace(method),
        traceSource,
        traceMirror,
        companionPackage,
        spanEnd,
        resultValueType,
        SpanTags.ofStaticTags(traceSource, traceMirror),
        resultTags,
        parameterTags,
        ignoredExceptions(traceMirror, companionPackage),
        pathsSettled);
  }

  /**
   * {@code site} with the type its value is cast to and its path resolved, which also joins {@code
   * resolutions} as {@link PropertyPaths} found it (before the companion's access to the type is
   * checked, which Lombok cannot change).
   */
  private TagSite resolve(
      TagSite site,
      TypeMirror declaredType,
      String companionPackage,
      List<PropertyPaths.Resolution> resolutions) {
    if (site.path().isEmpty()) {
      return site.resolved(declaredType, null);
    }
    // Type variables of the method are not in scope in the companion: cast to their erasure.
    TypeMirror sourceType =
        containsTypeVariable(declaredType) ? types.erasure(declaredType) : declaredType;
    PropertyPaths.Resolution resolution = paths.resolve(sourceType, site.path(), companionPackage);
    resolutions.add(resolution);
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
                      + site.path()
                      + "': make it public, or tag a property of a public type"),
              resolution.reachesLombok());
    }
    return site.resolved(sourceType, resolution);
  }

  /** The classes of {@code ignoreExceptions} that javac resolved. */
  private List<MethodDeclaration.IgnoredException> ignoredExceptions(
      AnnotationMirror trace, String companionPackage) {
    List<MethodDeclaration.IgnoredException> ignored = new ArrayList<>();
    for (AnnotationValue value :
        Annotations.elements(Annotations.value(trace, "ignoreExceptions"))) {
      if (value.getValue() instanceof DeclaredType) { // else not resolved: javac reports it
        DeclaredType type = (DeclaredType) value.getValue();
        ignored.add(
            new MethodDeclaration.IgnoredException(
                value, type, paths.nameable(type, companionPackage)));
      }
    }
    return ignored;
  }

  private static boolean containsTypeVariable(TypeMirror type) {
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
        WildcardType wildcard = (WildcardType) type;
        return wildcard.getExtendsBound() != null
                && containsTypeVariable(wildcard.getExtendsBound())
            || wildcard.getSuperBound() != null && containsTypeVariable(wildcard.getSuperBound());
      default:
        return false;
    }
  }
}
