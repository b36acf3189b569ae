package dev.weftrace.weaver.internal.otel;

import io.opentelemetry.api.common.AttributeKey;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribute keys of weftrace's tags, made once per tag name instead of once per call.
 *
 * <p>{@code Span.setAttribute(String, String)} makes a new {@link AttributeKey} on every call; code
 * written by hand keeps its keys in constants. Tag names come from annotations, a fixed set per
 * application, so weftrace keeps them too: one lock-free map lookup per tag instead of an
 * allocation. Names given at run time ({@code SpanTags.current().tag(name, …)}) can be many, so the
 * map stops growing at {@link #LIMIT} names; later names get a new key per call, as before.
 */
final class AttributeKeys {

  /** Past this many names, keys are made per call and not kept. */
  static final int LIMIT = 4096;

  private static final ConcurrentHashMap<String, AttributeKeys> BY_NAME = new ConcurrentHashMap<>();

  private final AttributeKey<String> string;
  private final AttributeKey<Long> longKey;
  private final AttributeKey<Double> doubleKey;
  private final AttributeKey<Boolean> booleanKey;

  private AttributeKeys(String name) {
    this.string = AttributeKey.stringKey(name);
    this.longKey = AttributeKey.longKey(name);
    this.doubleKey = AttributeKey.doubleKey(name);
    this.booleanKey = AttributeKey.booleanKey(name);
  }

  static AttributeKey<String> string(String name) {
    AttributeKeys keys = of(name);
    return keys != null ? keys.string : AttributeKey.stringKey(name);
  }

  static AttributeKey<Long> longKey(String name) {
    AttributeKeys keys = of(name);
    return keys != null ? keys.longKey : AttributeKey.longKey(name);
  }

  static AttributeKey<Double> doubleKey(String name) {
    AttributeKeys keys = of(name);
    return keys != null ? keys.doubleKey : AttributeKey.doubleKey(name);
  }

  static AttributeKey<Boolean> booleanKey(String name) {
    AttributeKeys keys = of(name);
    return keys != null ? keys.booleanKey : AttributeKey.booleanKey(name);
  }

  /** The keys of {@code name}, made on first use; {@code null} once the map is full. */
  private static AttributeKeys of(String name) {
    AttributeKeys keys = BY_NAME.get(name);
    if (keys != null) {
      return keys;
    }
    if (BY_NAME.size() >= LIMIT) {
      return null;
    }
    return BY_NAME.computeIfAbsent(name, AttributeKeys::new);
  }

  /** How many names are kept: for tests. */
  static int size() {
    return BY_NAME.size();
  }
}
