package dev.weftrace.weaver.internal;

import dev.weftrace.contract.CompanionName;
import dev.weftrace.contract.MethodKey;
import dev.weftrace.weaver.internal.check.WeavingCheck;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@link MethodSpan} of a traced method: from the class's generated {@link SpanCompanion}
 * when there is one, else by reading the annotations with reflection (see {@link
 * ReflectiveMethodSpans}). Called once per woven method, on its first call; the caller caches.
 */
public final class MethodSpans {

  private static final System.Logger LOG = System.getLogger("dev.weftrace");

  private static final ClassValue<SpanCompanion> COMPANIONS =
      new ClassValue<>() {
        @Override
        protected SpanCompanion computeValue(Class<?> type) {
          return loadCompanion(type);
        }
      };

  private MethodSpans() {}

  /**
   * Describes one traced method. Never throws: whatever goes wrong, the result still names the span
   * after the method.
   *
   * @param parameterNames the names recorded in the class file, or {@code null}; used only without
   *     a companion
   */
  public static MethodSpan resolve(
      Class<?> declaringType,
      String methodName,
      Class<?>[] parameterTypes,
      String[] parameterNames) {
    try {
      if (ExcludeRules.CURRENT.excludes(declaringType.getName(), methodName)) {
        return MethodSpan.UNTRACED;
      }
      WeavingCheck.checkOnce(declaringType.getClassLoader());
      SpanCompanion companion = COMPANIONS.get(declaringType);
      if (companion != null) {
        MethodSpan found = companion.find(methodKey(methodName, parameterTypes));
        if (found != null) {
          return found;
        }
      }
      // No companion, or a method it does not list: a record accessor under a class-level @Trace,
      // say, which reflection finds untraced by the same rules the processor applies.
      return ReflectiveMethodSpans.describe(
          declaringType, methodName, parameterTypes, parameterNames);
    } catch (Throwable failure) {
      Failures.report("describing " + declaringType.getName() + "." + methodName, failure);
      return MethodSpan.builder(declaringType.getSimpleName() + "." + methodName).build();
    }
  }

  /** Whether this JVM has {@code weftrace.exclude} rules; read once. */
  public static boolean exclusionRulesSet() {
    return !ExcludeRules.CURRENT.isEmpty();
  }

  /** The key a {@link SpanCompanion} files a method under ({@link MethodKey}). */
  public static String methodKey(String methodName, Class<?>[] parameterTypes) {
    List<String> typeNames = new ArrayList<>(parameterTypes.length);
    for (Class<?> type : parameterTypes) {
      typeNames.add(type.getTypeName());
    }
    return MethodKey.of(methodName, typeNames);
  }

  /**
   * The binary name of the companion of {@code type} ({@link CompanionName}); {@code null} for
   * local and anonymous classes, which annotation processors cannot see.
   */
  static String companionName(Class<?> type) {
    List<String> simpleNames = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (c.isAnonymousClass() || c.isLocalClass()) {
        return null;
      }
      simpleNames.add(0, c.getSimpleName());
    }
    return CompanionName.binaryName(type.getPackageName(), simpleNames);
  }

  private static SpanCompanion loadCompanion(Class<?> type) {
    String name = companionName(type);
    if (name == null) {
      return null;
    }
    try {
      Class<?> companion = Class.forName(name, true, type.getClassLoader());
      return (SpanCompanion) companion.getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException missing) {
      LOG.log(
          Level.WARNING,
          "weftrace: "
              + type.getName()
              + " is woven but has no generated "
              + name
              + "; add dev.weftrace:weftrace-processor to the maven-compiler-plugin's"
              + " <annotationProcessorPaths>. Until then its spans are described by reflection,"
              + " and @SpanTag keys default to the names in the class file.");
      return null;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError broken) {
      Failures.report("loading " + name, broken);
      return null;
    }
  }
}
