package dev.weftrace.benchmarks.peers.spring;

import io.opentelemetry.api.trace.SpanBuilder;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * What {@link SpanAspect} needs to know about one {@link ProxyTraced} method, read by reflection
 * once per method and then reused: the span name and the attribute key of each tagged parameter.
 * Attributes are typed as in weftrace (strings, integral numbers as longs, other values as text),
 * so that every case of the comparison records the same span.
 */
final class TagBinding {

  private final String spanName;
  private final String[] keys; // by parameter index; null where the parameter is not tagged

  private TagBinding(String spanName, String[] keys) {
    this.spanName = spanName;
    this.keys = keys;
  }

  /** Reads {@code method}'s span name ({@code SimpleClassName.method}) and tag keys. */
  static TagBinding of(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    String[] keys = new String[annotations.length];
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof ProxyTag tag) {
          keys[i] = tag.value();
        }
      }
    }
    return new TagBinding(
        method.getDeclaringClass().getSimpleName() + "." + method.getName(), keys);
  }

  String spanName() {
    return spanName;
  }

  /** Sets one attribute on {@code builder} for each tagged, non-null argument in {@code args}. */
  void tag(SpanBuilder builder, Object[] args) {
    for (int i = 0; i < keys.length; i++) {
      String key = keys[i];
      Object value = args[i];
      if (key == null || value == null) {
        continue;
      }
      if (value instanceof String text) {
        builder.setAttribute(key, text);
      } else if (value instanceof Integer || value instanceof Long) {
        builder.setAttribute(key, ((Number) value).longValue());
      } else {
        builder.setAttribute(key, String.valueOf(value));
      }
    }
  }
}
