package dev.weftrace.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One tag of a span as written in the source: a {@code @SpanTag} occurrence on a parameter or a
 * method, or one entry of {@code @Trace(tags = ...)}. It keeps what diagnostics need to point at
 * the annotation, and at the attribute at fault.
 *
 * @param kind where the tag's value comes from
 * @param element the parameter, the method, or for a static tag the element carrying the
 *     {@code @Trace} (a method or a type)
 * @param mirror the {@code @SpanTag} (or {@code @Trace}) mirror; {@code null} if not found
 * @param keyValue the written {@code value} (for a static tag, its entry in {@code tags}); {@code
 *     null} when not written
 * @param key the effective key: the written one, or the parameter's name when that is empty; empty
 *     for a return value without a key
 * @param defaultKey whether {@code key} is the parameter's name rather than written
 * @param path the written {@code path}, empty for none
 * @param pathValue the written {@code path} value, or {@code null}
 * @param allowSensitive the written {@code allowSensitive}
 */
record TagSite(
    Kind kind,
    Element element,
    AnnotationMirror mirror,
    AnnotationValue keyValue,
    String key,
    boolean defaultKey,
    String path,
    AnnotationValue pathValue,
    boolean allowSensitive) {

  /** Where a tag's value comes from. */
  enum Kind {
    /** An argument: {@code @SpanTag} on a parameter. */
    PARAMETER,
    /** The return value: {@code @SpanTag} on a method. */
    RESULT,
    /** A fixed value: an entry of {@code @Trace(tags = ...)}. */
    STATIC
  }

  /** The value to point at for a problem with the key: the written key, else the annotation. */
  AnnotationValue keyPosition() {
    return defaultKey ? null : keyValue;
  }

  /** Whether this is a static tag of a class-level {@code @Trace}. */
  boolean onType() {
    return kind == Kind.STATIC && element instanceof TypeElement;
  }

  /** For messages: {@code parameter 'orderId'}, {@code static tag "team:payments"}, .... */
  String describe() {
    switch (kind) {
      case PARAMETER:
        return "parameter '" + element.getSimpleName() + "'";
      case RESULT:
        return "the return value of '" + element.getSimpleName() + "'";
      default:
        String where =
            onType()
                ? " of @Trace on " + TagSites.kindName(element) + " " + element.getSimpleName()
                : "";
        return "static tag \"" + Annotations.string(keyValue) + "\"" + where;
    }
  }

  /**
   * For messages: {@code tag key 'orderId' of parameter 'orderId'}, and the like; a key too long to
   * read is cut short.
   */
  String describeKey() {
    String shown = key.length() > 60 ? key.substring(0, 40) + "..." : key;
    if (defaultKey) {
      return "tag key '" + shown + "' (the name of " + describe() + ")";
    }
    return "tag key '" + shown + "' of " + describe();
  }
}
