package dev.weftrace.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One tag of a span: a {@code @SpanTag} occurrence on a parameter or a method, or one entry of
 * {@code @Trace(tags = ...)}. {@link SpanTags} reads it once from the source, with what diagnostics
 * need to point at the annotation and at the attribute at fault; for the tags of a traced method,
 * {@link MethodDeclarations} adds the type its value is read as and its resolved path, and the
 * companion is written from the same record.
 *
 * @param kind where the tag's value comes from
 * @param element the parameter, the method, or for a static tag the element carrying the
 *     {@code @Trace} (a method or a type)
 * @param index the parameter's position for a {@link Kind#PARAMETER} tag, else -1
 * @param mirror the {@code @SpanTag} (or {@code @Trace}) mirror; {@code null} if not found
 * @param keyValue the written {@code value} (for a static tag, its entry in {@code tags}); {@code
 *     null} when not written
 * @param key the effective key: the written one, or the parameter's name when that is empty; empty
 *     for a return value without a key
 * @param defaultKey whether {@code key} is the parameter's name rather than written
 * @param path the written {@code path}, empty for none
 * @param pathValue the written {@code path} value, or {@code null}
 * @param allowSensitive the written {@code allowSensitive}
 * @param localRoot the written {@code localRoot}: the tag goes to the trace's local root span
 * @param sourceType the static type the generated code casts the argument or result to before
 *     reading it; {@code null} until resolved (see {@link #resolved})
 * @param resolution the resolved {@code path}; {@code null} for no path or until resolved
 */
record TagSite(
    Kind kind,
    Element element,
    int index,
    AnnotationMirror mirror,
    AnnotationValue keyValue,
    String key,
    boolean defaultKey,
    String path,
    AnnotationValue pathValue,
    boolean allowSensitive,
    boolean localRoot,
    TypeMirror sourceType,
    PropertyPaths.Resolution resolution) {

  /** Where a tag's value comes from. */
  enum Kind {
    /** An argument: {@code @SpanTag} on a parameter. */
    PARAMETER,
    /** The return value: {@code @SpanTag} on a method. */
    RESULT,
    /** A fixed value: an entry of {@code @Trace(tags = ...)}. */
    STATIC
  }

  /** This tag, read as {@code sourceType} through {@code resolution} (null for no path). */
  TagSite resolved(TypeMirror sourceType, PropertyPaths.Resolution resolution) {
    return new TagSite(
        kind,
        element,
        index,
        mirror,
        keyValue,
        key,
        defaultKey,
        path,
        pathValue,
        allowSensitive,
        localRoot,
        sourceType,
        resolution);
  }

  /** Whether the path, if any, resolves: the generated code can read this tag. */
  boolean readable() {
    return resolution == null || resolution.problem() == null;
  }

  /** The properties read from the value, in order; empty for the value itself. */
  List<PropertyPaths.Step> steps() {
    return resolution == null ? List.of() : resolution.steps();
  }

  /** The type of what is recorded: {@link #sourceType}, or the last property's. */
  TypeMirror valueType() {
    List<PropertyPaths.Step> steps = steps();
    return steps.isEmpty() ? sourceType : steps.get(steps.size() - 1).type();
  }

  /** How the recorded value is written. */
  TagBinding binding() {
    return TagBinding.of(valueType());
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
                ? " of @Trace on " + Diagnostics.kindName(element) + " " + element.getSimpleName()
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
