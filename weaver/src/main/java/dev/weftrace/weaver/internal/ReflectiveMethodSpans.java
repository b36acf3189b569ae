package dev.weftrace.weaver.internal;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;

/**
 * Describes a traced method by reading its annotations with reflection, once. The fallback for
 * classes without a generated companion: local and anonymous classes, which annotation processors
 * cannot see, and builds that forgot the processor.
 */
final class ReflectiveMethodSpans {

  private ReflectiveMethodSpans() {}

  static MethodSpan describe(
      Class<?> type, String methodName, Class<?>[] parameterTypes, String[] parameterNames)
      throws NoSuchMethodException {
    Method method = type.getDeclaredMethod(methodName, parameterTypes);
    Trace trace = method.getAnnotation(Trace.class);
    String spanName =
        trace == null || trace.operationName().isEmpty()
            ? type.getSimpleName() + "." + methodName
            : trace.operationName();
    MethodSpan.Builder builder =
        MethodSpan.builder(spanName)
            .completesLater(CompletionStage.class.isAssignableFrom(method.getReturnType()));
    if (trace != null) {
      builder
          .resourceName(trace.resourceName())
          .kind(trace.kind())
          .measured(trace.measured())
          .noParent(trace.noParent());
    }
    String[] keys = tagKeys(method.getParameterAnnotations(), parameterNames);
    return builder.tags(keys == null ? TagBinder.NONE : (args, tags) -> bind(keys, args, tags)).build();
  }

  /** Tag key per parameter index, {@code null} where a parameter is not tagged; or no array. */
  private static String[] tagKeys(Annotation[][] annotations, String[] parameterNames) {
    String[] keys = null;
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof SpanTag) {
          if (keys == null) {
            keys = new String[annotations.length];
          }
          String key = ((SpanTag) annotation).value();
          keys[i] = !key.isEmpty() ? key : nameOf(i, parameterNames);
        }
      }
    }
    return keys;
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
