package dev.weftrace.contract;

import java.util.List;
import java.util.Set;

/**
 * Which methods a {@code @Trace} on a type traces, when they have no {@code @Trace} of their own:
 * the public methods with a body that the type declares in its source, except {@code toString},
 * {@code equals}, {@code hashCode}, record accessors and an enum's {@code values()}/{@code
 * valueOf(String)}. The processor applies it to decide which methods get a companion entry, the
 * runtime to describe by reflection a method that has none; both describe the method in plain facts
 * ({@link Method}).
 *
 * <p>The aspect's {@code tracedByType()} pointcut matches a superset (bytecode cannot tell record
 * accessors and enum members from written methods); the runtime then finds those untraced here.
 */
public final class ClassLevelTrace {

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode");

  /** Why a class-level {@code @Trace} does not trace a method, in the order they are checked. */
  public enum Exclusion {
    /** Abstract or native: no code to weave. */
    NO_BODY,
    /** Not public. */
    NOT_PUBLIC,
    /** {@code toString}, {@code equals} or {@code hashCode}, whatever the parameters. */
    OBJECT_METHOD,
    /**
     * Declared by the compiler rather than written: synthetic and bridge methods, record accessors
     * (written or not, as bytecode cannot tell them apart), an enum's {@code values()} and {@code
     * valueOf(String)}.
     */
    IMPLICIT
  }

  /**
   * A method of a type with a class-level {@code @Trace}, as plain facts.
   *
   * @param name the method's name
   * @param parameterTypeNames the erasures of its parameter types, as {@link Class#getTypeName()}
   *     writes them
   * @param isPublic whether it is public
   * @param isStatic whether it is static
   * @param hasBody whether it has a body (is neither abstract nor native)
   * @param compilerGenerated whether the compiler declared it (synthetic, bridge, mandated) rather
   *     than the source
   * @param ownerIsEnum whether the declaring type is an enum
   * @param ownerRecordComponents the names of the declaring type's record components; empty if it
   *     is not a record
   */
  public record Method(
      String name,
      List<String> parameterTypeNames,
      boolean isPublic,
      boolean isStatic,
      boolean hasBody,
      boolean compilerGenerated,
      boolean ownerIsEnum,
      List<String> ownerRecordComponents) {}

  private ClassLevelTrace() {}

  /** Whether a class-level {@code @Trace} traces {@code method}. */
  public static boolean covers(Method method) {
    return exclusion(method) == null;
  }

  /** Why a class-level {@code @Trace} does not trace {@code method}; {@code null} if it does. */
  public static Exclusion exclusion(Method method) {
    if (!method.hasBody()) {
      return Exclusion.NO_BODY;
    }
    if (!method.isPublic()) {
      return Exclusion.NOT_PUBLIC;
    }
    if (OBJECT_METHODS.contains(method.name())) {
      return Exclusion.OBJECT_METHOD;
    }
    if (method.compilerGenerated() || isRecordAccessor(method) || isEnumMember(method)) {
      return Exclusion.IMPLICIT;
    }
    return null;
  }

  private static boolean isRecordAccessor(Method method) {
    return method.parameterTypeNames().isEmpty()
        && method.ownerRecordComponents().contains(method.name());
  }

  /** An enum's {@code values()} and {@code valueOf(String)}, which the compiler declares. */
  private static boolean isEnumMember(Method method) {
    if (!method.ownerIsEnum() || !method.isStatic()) {
      return false;
    }
    List<String> parameters = method.parameterTypeNames();
    return method.name().equals("values") && parameters.isEmpty()
        || method.name().equals("valueOf") && parameters.equals(List.of("java.lang.String"));
  }
}
