package dev.weftrace.weaver.internal;

/**
 * Receives the tags of a span as typed values. Implemented by each tracer bridge over its own span
 * or span builder; called by generated {@link TagBinder}s.
 *
 * <p>The typed methods are chosen by the processor from a parameter's static type; {@link
 * #putValue} is the fallback for everything else and decides by the value's run-time type.
 */
public interface TagSink {

  /** Drops every tag: where there is no span to tag. */
  TagSink NONE =
      new TagSink() {
        @Override
        public void putString(String key, String value) {}

        @Override
        public void putLong(String key, long value) {}

        @Override
        public void putDouble(String key, double value) {}

        @Override
        public void putBoolean(String key, boolean value) {}
      };

  /** Records a string tag; a {@code null} value leaves the tag out. */
  void putString(String key, String value);

  /** Records an integral tag. */
  void putLong(String key, long value);

  /** Records a floating-point tag. */
  void putDouble(String key, double value);

  /** Records a boolean tag. */
  void putBoolean(String key, boolean value);

  /**
   * Records a tag of any type, following the {@code @SpanTag} conversion rules: {@code null} is
   * left out; {@code String}, {@code Boolean}, integral and floating-point boxes keep their kind;
   * arrays become a bounded {@code [a, b, ...]} (see {@link TagValues}); anything else becomes
   * {@link String#valueOf(Object)}.
   */
  default void putValue(String key, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String) {
      putString(key, (String) value);
    } else if (value instanceof Boolean) {
      putBoolean(key, (Boolean) value);
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      putLong(key, ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      putDouble(key, ((Number) value).doubleValue());
    } else if (value.getClass().isArray()) {
      putString(key, TagValues.renderArray(value));
    } else {
      putString(key, String.valueOf(value));
    }
  }
}
