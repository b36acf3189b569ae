package dev.weftrace.weaver.aspect;

import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.MethodSpans;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * Turns an AspectJ join point into the engine's {@link MethodSpan}, once per woven method. The only
 * place besides the aspect that knows AspectJ types.
 */
public final class JoinPointSites {

  // One static part per woven method; a few hundred entries in a large application.
  private static final ConcurrentHashMap<JoinPoint.StaticPart, MethodSpan> SITES =
      new ConcurrentHashMap<>();

  private static final boolean EXCLUSIONS = MethodSpans.exclusionRulesSet();

  private JoinPointSites() {}

  /**
   * Whether the method at {@code site} may be traced: {@code false} only for a method excluded by
   * {@code weftrace.exclude}. A constant {@code true} when no exclusion rule is set, which the JIT
   * folds away; otherwise one lookup. Never throws.
   */
  public static boolean included(JoinPoint.StaticPart site) {
    return !EXCLUSIONS || method(site).traced();
  }

  /** The description of the method at {@code site}. Never throws. */
  public static MethodSpan method(JoinPoint.StaticPart site) {
    MethodSpan method = SITES.get(site);
    return method != null ? method : SITES.computeIfAbsent(site, JoinPointSites::describe);
  }

  private static MethodSpan describe(JoinPoint.StaticPart site) {
    MethodSignature signature = (MethodSignature) site.getSignature();
    String[] names;
    try {
      names = signature.getParameterNames();
    } catch (RuntimeException unavailable) {
      names = null;
    }
    return MethodSpans.resolve(
        signature.getDeclaringType(), signature.getName(), signature.getParameterTypes(), names);
  }
}
