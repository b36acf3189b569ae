package dev.weftrace.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves {@code @SpanTag(path = "tier.name")} against a static type, one property at a time: a
 * record component, a getter ({@code getTier()}, or {@code isActive()} for a boolean) or a public
 * field, in that order. Each step must be reachable from the generated companion's package, since
 * the companion reads it with plain Java. A step that only a getter Lombok has not written yet
 * would serve is {@code [LombokNotRun]} (see {@link LombokClasses}).
 */
final class PropertyPaths {

  /**
   * One property read.
   *
   * @param name the property's name, as written in the path
   * @param access the Java that reads it from the previous value, such as {@code getTier()}
   * @param type its static type
   */
  record Step(String name, String access, TypeMirror type) {}

  /** Why a path does not resolve: which rule, and the message. */
  record Problem(Rule rule, String message) {}

  /**
   * The outcome of {@link #resolve}: steps, or a problem.
   *
   * @param reachesLombok whether a class read on the way carries Lombok annotations (see {@link
   *     LombokClasses#annotated}), so that Lombok may still change what the path reads
   */
  record Resolution(List<Step> steps, Problem problem, boolean reachesLombok) {}

  private final Elements elements;
  private final Types types;

  PropertyPaths(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Resolves {@code path} from {@code start}, as read by code in package {@code fromPackage}. */
  Resolution resolve(TypeMirror start, String path, String fromPackage) {
    List<Step> steps = new ArrayList<>();
    boolean reachesLombok = false;
    TypeMirror current = start;
    String[] names = path.split("\\.", -1);
    for (String name : names) {
      String where = steps.isEmpty() ? "" : " (after '" + describe(steps) + "')";
      String subject = "'" + name + "'" + where;
      if (name.isEmpty()) {
        return problem(
            Rule.TAG_PATH_UNKNOWN, "path '" + path + "' has an empty property name", reachesLombok);
      }
      if (current.getKind() == TypeKind.TYPEVAR) {
        current = types.erasure(current);
      }
      if (current.getKind() != TypeKind.DECLARED) {
        return problem(
            Rule.TAG_PATH_UNKNOWN,
            subject + " cannot be read from " + current + ", which has no properties",
            reachesLombok);
      }
      DeclaredType owner = (DeclaredType) current;
      TypeElement ownerElement = (TypeElement) owner.asElement();
      reachesLombok |= LombokClasses.annotated(ownerElement);
      Element member = find(ownerElement, name);
      String lombokGetter =
          member == null || member.getKind() == ElementKind.FIELD
              ? LombokClasses.missingGetter(ownerElement, name)
              : null;
      if (lombokGetter != null) {
        return problem(
            Rule.LOMBOK_NOT_RUN,
            subject
                + " of "
                + ownerElement.getSimpleName()
                + " is read through the getter that Lombok's "
                + lombokGetter
                + " generates, but Lombok did not run in this compilation: listing"
                + " annotationProcessorPaths turns off javac's discovery of processors on the class"
                + " path; add org.projectlombok:lombok to annotationProcessorPaths",
            true);
      }
      if (member == null) {
        return problem(
            Rule.TAG_PATH_UNKNOWN,
            subject
                + " is not a property of "
                + ownerElement.getSimpleName()
                + ": a property is a record component, a getter get"
                + capitalize(name)
                + "()/is"
                + capitalize(name)
                + "() or a public field. "
                + ownerElement.getSimpleName()
                + " has: "
                + String.join(", ", propertiesOf(ownerElement)),
            reachesLombok);
      }
      if (!typeAccessible(ownerElement, fromPackage)) {
        return problem(
            Rule.TAG_PATH_INACCESSIBLE,
            subject
                + " belongs to "
                + ownerElement.getSimpleName()
                + ", which code in package '"
                + fromPackage
                + "' cannot see, and weftrace generates the code that reads the path there: make "
                + ownerElement.getSimpleName()
                + " public (or package-private in that package)",
            reachesLombok);
      }
      if (!accessible(member, fromPackage)) {
        return problem(
            Rule.TAG_PATH_INACCESSIBLE,
            subject
                + " of "
                + ownerElement.getSimpleName()
                + " is "
                + visibility(member)
                + ", so code in package '"
                + fromPackage
                + "', where weftrace generates the code that reads the path, cannot read it: make"
                + " it public, or use a public property",
            reachesLombok);
      }
      current = typeOf(owner, member);
      steps.add(new Step(name, access(member), current));
    }
    return new Resolution(steps, null, reachesLombok);
  }

  /** Whether code in {@code fromPackage} can name {@code type} (and its type arguments). */
  boolean nameable(TypeMirror type, String fromPackage) {
    switch (type.getKind()) {
      case ARRAY:
        return nameable(((javax.lang.model.type.ArrayType) type).getComponentType(), fromPackage);
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        if (!typeAccessible((TypeElement) declared.asElement(), fromPackage)) {
          return false;
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (!nameable(argument, fromPackage)) {
            return false;
          }
        }
        return true;
      case WILDCARD:
        javax.lang.model.type.WildcardType wildcard = (javax.lang.model.type.WildcardType) type;
        TypeMirror bound =
            wildcard.getExtendsBound() != null
                ? wildcard.getExtendsBound()
                : wildcard.getSuperBound();
        return bound == null || nameable(bound, fromPackage);
      default:
        return true;
    }
  }

  private Element find(TypeElement owner, String name) {
    for (RecordComponentElement component : owner.getRecordComponents()) {
      if (component.getSimpleName().contentEquals(name)) {
        return component.getAccessor();
      }
    }
    List<? extends Element> members = elements.getAllMembers(owner);
    for (ExecutableElement method : ElementFilter.methodsIn(members)) {
      if (isGetter(method) && propertyName(method).equals(name)) {
        return method;
      }
    }
    for (Element field : ElementFilter.fieldsIn(members)) {
      if (field.getSimpleName().contentEquals(name)
          && !field.getModifiers().contains(Modifier.STATIC)) {
        return field;
      }
    }
    return null;
  }

  private Set<String> propertiesOf(TypeElement owner) {
    Set<String> names = new TreeSet<>();
    for (RecordComponentElement component : owner.getRecordComponents()) {
      names.add(component.getSimpleName().toString());
    }
    List<? extends Element> members = elements.getAllMembers(owner);
    for (ExecutableElement method : ElementFilter.methodsIn(members)) {
      if (isGetter(method) && !method.getSimpleName().contentEquals("getClass")) {
        names.add(propertyName(method));
      }
    }
    for (Element field : ElementFilter.fieldsIn(members)) {
      if (field.getModifiers().contains(Modifier.PUBLIC)
          && !field.getModifiers().contains(Modifier.STATIC)) {
        names.add(field.getSimpleName().toString());
      }
    }
    return names;
  }

  private static boolean isGetter(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()) {
      return false;
    }
    String name = method.getSimpleName().toString();
    TypeMirror returns = method.getReturnType();
    if (name.startsWith("get") && name.length() > 3) {
      return returns.getKind() != TypeKind.VOID;
    }
    return name.startsWith("is")
        && name.length() > 2
        && (returns.getKind() == TypeKind.BOOLEAN
            || returns.toString().equals("java.lang.Boolean"));
  }

  private static String propertyName(ExecutableElement getter) {
    String name = getter.getSimpleName().toString();
    String property = name.substring(name.startsWith("is") ? 2 : 3);
    // As java.beans does it: getURL is property URL, getName is name.
    boolean acronym = property.length() > 1 && Character.isUpperCase(property.charAt(1));
    return acronym ? property : Character.toLowerCase(property.charAt(0)) + property.substring(1);
  }

  private static String visibility(Element member) {
    var modifiers = member.getModifiers();
    return modifiers.contains(Modifier.PRIVATE)
        ? "private"
        : modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
  }

  private boolean accessible(Element member, String fromPackage) {
    var modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    return !modifiers.contains(Modifier.PRIVATE) && packageOf(member).equals(fromPackage);
  }

  private boolean typeAccessible(TypeElement type, String fromPackage) {
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      var modifiers = e.getModifiers();
      boolean ok =
          modifiers.contains(Modifier.PUBLIC)
              || !modifiers.contains(Modifier.PRIVATE) && packageOf(e).equals(fromPackage);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private String packageOf(Element element) {
    return elements.getPackageOf(element).getQualifiedName().toString();
  }

  private TypeMirror typeOf(DeclaredType owner, Element member) {
    TypeMirror asMember = types.asMemberOf(owner, member);
    return asMember instanceof ExecutableType
        ? ((ExecutableType) asMember).getReturnType()
        : asMember;
  }

  private static String access(Element member) {
    return member.getKind() == ElementKind.FIELD
        ? member.getSimpleName().toString()
        : member.getSimpleName() + "()";
  }

  private static String describe(List<Step> steps) {
    StringBuilder path = new StringBuilder();
    for (Step step : steps) {
      path.append(path.length() == 0 ? "" : ".").append(step.name());
    }
    return path.toString();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Resolution problem(Rule rule, String message, boolean reachesLombok) {
    return new Resolution(null, new Problem(rule, message), reachesLombok);
  }
}
