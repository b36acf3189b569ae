package dev.weftrace.processor;

import java.util.Locale;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * How a tag value of a given static type is recorded: which {@code TagSink} method, and the cast
 * that turns the {@code Object} argument back into that type. Chosen at compile time, so the
 * generated code calls the typed method directly.
 */
enum TagBinding {
  /** {@code boolean}. */
  BOOLEAN("putBoolean", "(boolean) $L"),
  /** {@code byte}, {@code short}, {@code int} or {@code long}; the cast names the primitive. */
  INTEGRAL("putLong", "($L) $L"),
  /** {@code float} or {@code double}; the cast names the primitive. */
  FLOATING("putDouble", "($L) $L"),
  /** {@code char}, recorded as a one-character string. */
  CHAR("putString", "String.valueOf((char) $L)"),
  /** {@code String}; {@code null} leaves the tag out. */
  STRING("putString", "(String) $L"),
  /** Any other type, boxes included: decided by the run-time value. */
  VALUE("putValue", "$L");

  private final String sinkMethod;
  private final String valueFormat;

  TagBinding(String sinkMethod, String valueFormat) {
    this.sinkMethod = sinkMethod;
    this.valueFormat = valueFormat;
  }

  /** The {@code TagSink} method that records the value. */
  String sinkMethod() {
    return sinkMethod;
  }

  /**
   * A JavaPoet format for the value: {@code $L} placeholders for the primitive type name (only
   * {@link #INTEGRAL} and {@link #FLOATING}) and then the argument expression.
   */
  String valueFormat() {
    return valueFormat;
  }

  /** Whether {@link #valueFormat()} starts with a primitive-type placeholder. */
  boolean castsToPrimitive() {
    return this == INTEGRAL || this == FLOATING;
  }

  static TagBinding of(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return BOOLEAN;
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return INTEGRAL;
      case FLOAT:
      case DOUBLE:
        return FLOATING;
      case CHAR:
        return CHAR;
      case DECLARED:
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return element.getQualifiedName().contentEquals("java.lang.String") ? STRING : VALUE;
      default:
        return VALUE;
    }
  }

  /** The Java keyword of a primitive type, for the cast. */
  static String primitiveName(TypeMirror type) {
    return type.getKind().name().toLowerCase(Locale.ROOT);
  }
}
