package dev.weftrace.processor;

import dev.weftrace.contract.CompanionName;
import dev.weftrace.contract.TypedAspectName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Names inside and of a generated companion: the class itself (as {@link CompanionName} defines it
 * for processor and runtime), one constant per traced method and the methods that read its tags,
 * all distinct even for overloads.
 */
final class CompanionNames {

  private final List<String> constants = new ArrayList<>();
  private final List<String> methodBases = new ArrayList<>();

  /** Names for {@code methods}, in order. */
  CompanionNames(List<TracedMethod> methods) {
    Set<String> usedConstants = new HashSet<>();
    Set<String> usedBases = new HashSet<>();
    for (TracedMethod method : methods) {
      String constant =
          unique(constantCase(method.element().getSimpleName().toString()), "_", usedConstants);
      constants.add(constant);
      // PLACE_2 (an overload) and PLACE2 (a method place2) must not both become place2Tags.
      methodBases.add(unique(camelCase(constant), "", usedBases));
    }
  }

  /** {@code Outer_Inner_WeftraceSpans} for {@code Outer.Inner}. */
  static String companionSimpleName(TypeElement owner) {
    return CompanionName.simpleName(simpleNames(owner));
  }

  /** {@code pkg.Outer_Inner_WeftraceSpans} for {@code pkg.Outer.Inner}. */
  static String companionBinaryName(TypeElement owner, String packageName) {
    return CompanionName.binaryName(packageName, simpleNames(owner));
  }

  /** {@code Outer_Inner_WeftraceAdvice} for {@code Outer.Inner}: its typed aspect. */
  static String typedAspectSimpleName(TypeElement owner) {
    return TypedAspectName.simpleName(simpleNames(owner));
  }

  /** {@code Outer_Inner} for {@code Outer.Inner}: simple names of it and its enclosing classes. */
  static String joinedName(TypeElement owner) {
    return CompanionName.joinedName(simpleNames(owner));
  }

  /** {@code [Outer, Inner]} for {@code Outer.Inner}, outermost first. */
  private static List<String> simpleNames(TypeElement owner) {
    List<String> names = new ArrayList<>();
    for (Element e = owner; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    return names;
  }

  /** {@code PLACE_ORDER} for method {@code i} named {@code placeOrder}. */
  String constant(int i) {
    return constants.get(i);
  }

  /** {@code placeOrderTags}: reads method {@code i}'s tags from its arguments. */
  String tagsMethod(int i) {
    return methodBases.get(i) + "Tags";
  }

  /** {@code placeOrderResultTags}: reads method {@code i}'s tags from its result. */
  String resultTagsMethod(int i) {
    return methodBases.get(i) + "ResultTags";
  }

  /**
   * {@code placeOrderLocalRootTags}: reads method {@code i}'s local root tags from its arguments.
   */
  String localRootTagsMethod(int i) {
    return methodBases.get(i) + "LocalRootTags";
  }

  /**
   * {@code placeOrderLocalRootResultTags}: reads method {@code i}'s local root tags from its
   * result.
   */
  String localRootResultTagsMethod(int i) {
    return methodBases.get(i) + "LocalRootResultTags";
  }

  private static String unique(String base, String separator, Set<String> used) {
    String name = base;
    for (int n = 2; !used.add(name); n++) {
      name = base + separator + n;
    }
    return name;
  }

  private static String constantCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String camelCase(String constant) {
    StringBuilder name = new StringBuilder();
    for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
      if (!part.isEmpty()) {
        name.append(
            name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
      }
    }
    return name.toString();
  }
}
