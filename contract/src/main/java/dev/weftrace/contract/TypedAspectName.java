package dev.weftrace.contract;

import java.util.List;

/**
 * The name of the aspect typed to a class's {@code @Trace} methods, which {@code
 * weftrace-processor} writes (as {@code .aj} source among the generated sources) and the weftrace
 * Maven plugin compiles with the class: the companion's joined name ({@link
 * CompanionName#joinedName}) then {@link #SUFFIX}. {@code Outer_Inner_WeftraceAdvice} for {@code
 * Outer.Inner}.
 */
public final class TypedAspectName {

  /** Ends the simple name of every typed aspect. */
  public static final String SUFFIX = "_WeftraceAdvice";

  /**
   * The processor option ({@code -Aweftrace.typedAdvice=true}) that makes weftrace-processor write
   * the typed aspects; the weftrace Maven plugin passes it to javac.
   */
  public static final String PROCESSOR_OPTION = "weftrace.typedAdvice";

  private TypedAspectName() {}

  /** {@code Outer_Inner_WeftraceAdvice} for {@code [Outer, Inner]}, outermost first. */
  public static String simpleName(List<String> simpleNames) {
    return CompanionName.joinedName(simpleNames) + SUFFIX;
  }

  /**
   * {@code pkg/Outer_Inner_WeftraceAdvice}, the path of the aspect's source and class file without
   * extension, for the binary name {@code pkg.Outer$Inner} of the class it advises.
   */
  public static String pathOf(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    String packagePath = dot < 0 ? "" : binaryName.substring(0, dot + 1).replace('.', '/');
    List<String> simpleNames = List.of(binaryName.substring(dot + 1).split("\\$"));
    return packagePath + simpleName(simpleNames);
  }

  /**
   * {@code pkg.Outer_Inner_WeftraceAdvice}, the aspect's binary name, for the binary name {@code
   * pkg.Outer$Inner} of the class it advises.
   */
  public static String of(String binaryName) {
    return pathOf(binaryName).replace('/', '.');
  }
}
