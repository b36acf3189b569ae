package dev.weftrace.weaver.internal;

import java.lang.reflect.Array;

/**
 * Keeps tag values bounded, whatever the application passes: strings are cut at {@value
 * #MAX_LENGTH} characters, arrays show at most {@value #MAX_ELEMENTS} elements. A tag is a label,
 * not a payload; an unbounded one costs memory in every exporter queue and is truncated by backends
 * anyway.
 */
final class TagValues {

  /** The longest string value recorded; longer ones end with {@value #ELLIPSIS}. */
  static final int MAX_LENGTH = 5_000;

  /** The most array elements rendered; more are counted, not shown. */
  static final int MAX_ELEMENTS = 32;

  static final String ELLIPSIS = "...";

  private TagValues() {}

  /** {@code value}, cut to {@value #MAX_LENGTH} characters. */
  static String capped(String value) {
    return value.length() <= MAX_LENGTH
        ? value
        : value.substring(0, MAX_LENGTH - ELLIPSIS.length()) + ELLIPSIS;
  }

  /**
   * {@code [a, b, c]} for an array of any component type, the first {@value #MAX_ELEMENTS} elements
   * then {@code ... (n more)}; nested arrays show as their type and length.
   */
  static String renderArray(Object array) {
    int length = Array.getLength(array);
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < Math.min(length, MAX_ELEMENTS); i++) {
      if (i > 0) {
        text.append(", ");
      }
      Object element = Array.get(array, i);
      text.append(
          element != null && element.getClass().isArray()
              ? element.getClass().getComponentType().getSimpleName()
                  + "["
                  + Array.getLength(element)
                  + "]"
              : String.valueOf(element));
      if (text.length() > MAX_LENGTH) {
        break;
      }
    }
    if (length > MAX_ELEMENTS) {
      text.append(", ... (").append(length - MAX_ELEMENTS).append(" more)");
    }
    return capped(text.append(']').toString());
  }
}
