package dev.weftrace.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
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
  BOOLEAN("putBoolean"),
  /** {@code byte}, {@code short}, {@code int} or {@code long}. */
  INTEGRAL("putLong"),
  /** {@code float} or {@code double}. */
  FLOATING("putDouble"),
  /** {@code char}, recorded as a one-character string. */
  CHAR("putString"),
  /** {@code String}; {@code null} leaves the tag out. */
  STRING("putString"),
  /** Any other type, boxes included: decided by the run-time value. */
  VALUE("putValue");

  private final String sinkMethod;

  TagBinding(String sinkMethod) {
    this.sinkMethod = sinkMethod;
  }

  /** The {@code TagSink} method that records the value. */
  String sinkMethod() {
    return sinkMethod;
  }

  /**
   * The expression that turns {@code argument}, an {@code Object}, into what {@link #sinkMethod()}
   * takes. Types are {@code $T} placeholders, so a user class named {@code String} in the same
   * package cannot capture them.
   */
  CodeBlock value(TypeMirror parameterType, String argument) {
    switch (this) {
      case BOOLEAN:
      case INTEGRAL:
      case FLOATING:
        return CodeBlock.of("($T) $L", TypeName.get(parameterType), argument);
      case CHAR:
        return CodeBlock.of("$T.valueOf((char) $L)", String.class, argument);
      case STRING:
        return CodeBlock.of("($T) $L", String.class, argument);
      default:
        return CodeBlock.of("$L", argument);
    }
  }

  /** The value of {@code expression}, already of the bound type, as the sink method takes it. */
  CodeBlock typed(CodeBlock expression) {
    return this == CHAR ? CodeBlock.of("$T.valueOf($L)", String.class, expression) : expression;
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
}
