package dev.weftrace.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * How generated source names a type: by its erasure and canonical name, and only where it may (the
 * typed aspect lives in the traced class's package and cannot name a private type, or another
 * package's non-public one).
 */
final class SourceTypeNames {

  private final Elements elements;
  private final Types types;

  SourceTypeNames(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The erasure of {@code type} as source names it: {@code java.util.List}, {@code int[]}. */
  String erasure(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind() == TypeKind.ARRAY) {
      return erasure(((ArrayType) erased).getComponentType()) + "[]";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString();
    }
    return erased.toString();
  }

  /** Whether source in {@code packageName} can name {@code type}'s erasure. */
  boolean nameable(TypeMirror type, String packageName) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind() == TypeKind.ARRAY) {
      return nameable(((ArrayType) erased).getComponentType(), packageName);
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return nameable((TypeElement) ((DeclaredType) erased).asElement(), packageName);
    }
    return erased.getKind().isPrimitive() || erased.getKind() == TypeKind.VOID;
  }

  /** Whether source in {@code packageName} can name {@code type}: it and its enclosers. */
  boolean nameable(TypeElement type, String packageName) {
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (!(e instanceof TypeElement)) {
        return false; // a local or anonymous class
      }
      NestingKind nesting = ((TypeElement) e).getNestingKind();
      if (nesting != NestingKind.TOP_LEVEL && nesting != NestingKind.MEMBER) {
        return false;
      }
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!e.getModifiers().contains(Modifier.PUBLIC)
          && !elements.getPackageOf(e).getQualifiedName().contentEquals(packageName)) {
        return false;
      }
    }
    return true;
  }
}
