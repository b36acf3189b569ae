package dev.weftrace.contract;

import java.util.List;

/**
 * The name of the span companion that {@code weftrace-processor} generates beside each class with
 * traced methods, and under which the runtime loads it: same package, the simple names of the class
 * and of the classes enclosing it joined with {@code _}, then {@link #SUFFIX}. {@code
 * Outer_Inner_WeftraceSpans} for {@code Outer.Inner}. Local and anonymous classes have no
 * companion: annotation processors cannot see them.
 */
public final class CompanionName {

  /** Ends the simple name of every companion. */
  public static final String SUFFIX = "_WeftraceSpans";

  private CompanionName() {}

  /** {@code Outer_Inner} for {@code [Outer, Inner]}, outermost first. */
  public static String joinedName(List<String> simpleNames) {
    return String.join("_", simpleNames);
  }

  /** {@code Outer_Inner_WeftraceSpans} for {@code [Outer, Inner]}, outermost first. */
  public static String simpleName(List<String> simpleNames) {
    return joinedName(simpleNames) + SUFFIX;
  }

  /**
   * {@code com.example.Outer_Inner_WeftraceSpans} for {@code Outer.Inner} in {@code com.example};
   * without a package prefix in the unnamed package.
   *
   * @param packageName the package of the traced class, empty for the unnamed package
   * @param simpleNames the simple names of the traced class and the classes enclosing it, outermost
   *     first
   */
  public static String binaryName(String packageName, List<String> simpleNames) {
    String simpleName = simpleName(simpleNames);
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}
