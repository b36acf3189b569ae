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
 * shared map stops growing at {@link #LIMIT} names; later names get a new key per call, as before.
 */
final class AttributeKeys {

  /** Past this many names, keys are made per call and not kept. */
  static final int LIMIT = 4096;

  /** The keys of the bridge's tags, shared by every span. */
  static final AttributeKeys SHARED = new AttributeKeys(LIMIT);

  private final int limit;
  private final ConcurrentHashMap<String, Keys> byName = new ConcurrentHashMap<>();

  AttributeKeys(int limit) {
    this.limit = limit;
  }

  /** The four keys of one name, one per attribute type weftrace writes. */
  private static final class Keys {
    final AttributeKey<String> string;
    final AttributeKey<Long> longKey;
    final AttributeKey<Double> doubleKey;
    final AttributeKey<Boolean> booleanKey;

    Keys(String name) {
      this.string = AttributeKey.stringKey(name);
      this.longKey = AttributeKey.longKey(name);
      this.doubleKey = AttributeKey.doubleKey(name);
      this.booleanKey = AttributeKey.booleanKey(name);
    }
  }

  AttributeKey<String> string(String name) {
    Keys keys = of(name);
    return keys != null ? keys.string : AttributeKey.stringKey(name);
  }

  AttributeKey<Long> longKey(String name) {
    Keys keys = of(name);
    return keys != null ? keys.longKey : AttributeKey.longKey(name);
  }

  AttributeKey<Double> doubleKey(String name) {
    Keys keys = of(name);
    return keys != null ? keys.doubleKey : AttributeKey.doubleKey(name);
  }

  AttributeKey<Boolean> booleanKey(String name) {
    Keys keys = of(name);
    return keys != null ? keys.booleanKey : AttributeKey.booleanKey(name);
  }

  /** The keys of {@code name}, made on first use; {@code null} once the map is full. */
  private Keys of(String name) {
    Keys keys = byName.get(name);
    if (keys != null) {
      return keys;
    }
    if (byName.size() >= limit) {
      return null;
    }
    return byName.computeIfAbsent(name, Keys::new);
  }

  /** How many names are kept. */
  int size() {
    return byName.size();
  }
}
