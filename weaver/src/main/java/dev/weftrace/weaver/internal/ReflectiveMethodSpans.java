package dev.weftrace.weaver.internal;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import dev.weftrace.contract.ClassLevelTrace;
import dev.weftrace.contract.StaticTag;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes a traced (or {@code @TagSpan}) method by reading its annotations with reflection, once.
 * The fallback for classes without a generated companion: local and anonymous classes, which
 * annotation processors cannot see, and builds that forgot the processor. Which methods a
 * class-level {@code @Trace} covers is the rule it shares with the processor ({@link
 * ClassLevelTrace}); tags with a {@code path} need the processor and are left out here, with one
 * warning.
 */
final class ReflectiveMethodSpans {

  private static final System.Logger LOG = System.getLogger("dev.weftrace");

  private ReflectiveMethodSpans() {}

  static MethodSpan describe(
      Class<?> type, String methodName, Class<?>[] parameterTypes, String[] parameterNames)
      throws NoSuchMethodException {
    Method method = type.getDeclaredMethod(methodName, parameterTypes);
    Trace trace = effectiveTrace(method);
    TagSpan tagSpan = method.getAnnotation(TagSpan.class);
    if (trace == null && tagSpan != null) {
      MethodSpan.Builder builder =
          MethodSpan.builder(type.getSimpleName() + "." + methodName)
              .tagsCurrentSpan(true)
              .asyncResult(method.getReturnType())
              .staticTags(staticTags(tagSpan.tags()));
      return withTags(builder, method, parameterNames).build();
    }
    if (trace == null) {
      return MethodSpan.UNTRACED;
    }
    String spanName =
        trace.operationName().isEmpty()
            ? type.getSimpleName() + "." + methodName
            : trace.operationName();
    MethodSpan.Builder builder =
        MethodSpan.builder(spanName)
            .methodName(type.getSimpleName() + "." + methodName)
            .service(trace.service())
            .spanType(trace.spanType())
            .asyncResult(method.getReturnType())
            .resourceName(trace.resourceName())
            .kind(trace.kind())
            .measured(trace.measured())
            .noParent(trace.noParent())
            .staticTags(staticTags(trace.tags()))
            .ignoreExceptions(trace.ignoreExceptions());
    return withTags(builder, method, parameterNames).build();
  }

  /** Adds the tag binders, for the span and for the local root. */
  private static MethodSpan.Builder withTags(
      MethodSpan.Builder builder, Method method, String[] parameterNames) {
    String[] keys = tagKeys(method, parameterNames, false);
    if (keys != null) {
      builder.tags((args, tags) -> bind(keys, args, tags));
    }
    String[] rootKeys = tagKeys(method, parameterNames, true);
    if (rootKeys != null) {
      builder.localRootTags((args, tags) -> bind(rootKeys, args, tags));
    }
    String resultKey = resultKey(method, false);
    if (resultKey != null) {
      builder.resultTags((result, tags) -> tags.putValue(resultKey, result));
    }
    String rootResultKey = resultKey(method, true);
    if (rootResultKey != null) {
      builder.localRootResultTags((result, tags) -> tags.putValue(rootResultKey, result));
    }
    return builder;
  }

  /** The method's own {@code @Trace}, or its class's where that covers it, or {@code null}. */
  private static Trace effectiveTrace(Method method) {
    Trace own = method.getAnnotation(Trace.class);
    if (own != null) {
      return own.enabled() ? own : null;
    }
    Trace classLevel = method.getDeclaringClass().getAnnotation(Trace.class);
    return classLevel != null && ClassLevelTrace.covers(facts(method)) ? classLevel : null;
  }

  /** {@code method} as {@link ClassLevelTrace} describes methods. */
  private static ClassLevelTrace.Method facts(Method method) {
    Class<?> type = method.getDeclaringClass();
    List<String> parameterTypeNames = new ArrayList<>();
    for (Class<?> parameterType : method.getParameterTypes()) {
      parameterTypeNames.add(parameterType.getTypeName());
    }
    List<String> recordComponents = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        recordComponents.add(component.getName());
      }
    }
    int modifiers = method.getModifiers();
    return new ClassLevelTrace.Method(
        method.getName(),
        parameterTypeNames,
        Modifier.isPublic(modifiers),
        Modifier.isStatic(modifiers),
        !Modifier.isAbstract(modifiers) && !Modifier.isNative(modifiers),
        method.isSynthetic() || method.isBridge(),
        type.isEnum(),
        recordComponents);
  }

  private static String[] staticTags(String[] entries) {
    List<String> keysAndValues = new ArrayList<>();
    for (String entry : entries) {
      StaticTag tag = StaticTag.parse(entry);
      if (tag != null) {
        keysAndValues.add(tag.key());
        keysAndValues.add(tag.value());
      }
    }
    return keysAndValues.toArray(new String[0]);
  }

  /**
   * Tag key per parameter index, {@code null} where a parameter is not tagged; or no array. Only
   * the tags with {@code localRoot} equal to {@code localRoot}.
   */
  private static String[] tagKeys(Method method, String[] parameterNames, boolean localRoot) {
    String[] keys = null;
    java.lang.reflect.Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      for (SpanTag tag : parameters[i].getAnnotationsByType(SpanTag.class)) {
        if (tag.localRoot() != localRoot) {
          continue;
        }
        if (!tag.path().isEmpty()) {
          warnPathNeedsProcessor(method);
          continue;
        }
        if (keys == null) {
          keys = new String[parameters.length];
        }
        keys[i] = !tag.value().isEmpty() ? tag.value() : nameOf(i, parameterNames);
      }
    }
    return keys;
  }

  private static String resultKey(Method method, boolean localRoot) {
    for (SpanTag tag : method.getAnnotationsByType(SpanTag.class)) {
      if (tag.localRoot() != localRoot) {
        continue;
      }
      if (!tag.path().isEmpty()) {
        warnPathNeedsProcessor(method);
      } else if (!tag.value().isEmpty()) {
        return tag.value();
      }
    }
    return null;
  }

  private static void warnPathNeedsProcessor(Method method) {
    LOG.log(
        Level.WARNING,
        "weftrace: @SpanTag(path = ...) on "
            + method
            + " is left out: property paths are"
            + " compiled by weftrace-processor, which did not run for this class.");
  }

  private static String nameOf(int index, String[] parameterNames) {
    return parameterNames != null && index < parameterNames.length && parameterNames[index] != null
        ? parameterNames[index]
        : "arg" + index;
  }

  private static void bind(String[] keys, Object[] args, TagSink tags) {
    for (int i = 0; i < keys.length && i < args.length; i++) {
      if (keys[i] != null) {
        tags.putValue(keys[i], args[i]);
      }
    }
  }
}
