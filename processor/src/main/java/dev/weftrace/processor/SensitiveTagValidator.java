package dev.weftrace.processor;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code [SensitiveTag]}: a tag whose parameter, method, path segment or key is named like a secret
 * ({@link SensitiveNames}), or whose value is a {@code char[]} (the type Java APIs use for
 * passwords), would send that secret to the tracing backend in clear. Every path segment counts,
 * not only the last: {@code secret.value} reads a secret's value.
 *
 * <p>A warning by default, an error under {@code -Aweftrace.strict=true}.
 * {@code @SpanTag(allowSensitive = true)} silences it for that one tag.
 * {@code @SuppressWarnings("weftrace")} silences the warning but not the strict-mode error: like
 * javac's own, that suppression never hides an error, and a class-wide one added for another
 * warning (an upper-case key, say) must not quietly switch off the check that strict mode is there
 * to enforce.
 */
final class SensitiveTagValidator {

  /** The processor option that turns the warning into an error. */
  static final String STRICT_OPTION = "weftrace.strict";

  private final Diagnostics diagnostics;
  private final boolean strict;

  /** Whether {@link #STRICT_OPTION} is set. */
  static boolean strict(ProcessingEnvironment env) {
    return "true".equalsIgnoreCase(env.getOptions().get(STRICT_OPTION));
  }

  SensitiveTagValidator(Diagnostics diagnostics, boolean strict) {
    this.diagnostics = diagnostics;
    this.strict = strict;
  }

  /** Checks a tag read from a parameter or the return value. */
  void check(TagSite site) {
    if (site.allowSensitive() || site.kind() == TagSite.Kind.STATIC) {
      return;
    }
    String nameMatch = SensitiveNames.match(site.element().getSimpleName().toString());
    if (nameMatch != null) {
      report(site, null, "its name has " + words(nameMatch));
      return;
    }
    if (site.path().isEmpty() && isCharArray(valueType(site))) {
      report(site, null, "it is a char[], the type Java uses for passwords");
      return;
    }
    for (String segment : site.path().split("\\.")) {
      String segmentMatch = SensitiveNames.match(segment);
      if (segmentMatch != null) {
        report(site, site.pathValue(), "path segment '" + segment + "' has " + words(segmentMatch));
        return;
      }
    }
    String keyMatch = site.defaultKey() ? null : SensitiveNames.match(site.key());
    if (keyMatch != null) {
      report(site, site.keyValue(), "its key '" + site.key() + "' has " + words(keyMatch));
    }
  }

  /** {@code the word 'token'}, {@code the words 'api key'}. */
  private static String words(String match) {
    return (match.indexOf(' ') >= 0 ? "the words '" : "the word '") + match + "'";
  }

  private static TypeMirror valueType(TagSite site) {
    Element element = site.element();
    return site.kind() == TagSite.Kind.RESULT
        ? ((ExecutableElement) element).getReturnType()
        : element.asType();
  }

  private static boolean isCharArray(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.CHAR;
  }

  private void report(TagSite site, AnnotationValue value, String reason) {
    String subject =
        site.kind() == TagSite.Kind.RESULT
            ? "@SpanTag on method '" + site.element().getSimpleName() + "' (its return value)"
            : "@SpanTag on parameter '" + site.element().getSimpleName() + "'";
    String message =
        subject
            + " looks like a secret ("
            + reason
            + "): its value would be sent to the tracing backend in clear. Tag something that is"
            + " not secret"
            + (site.path().isEmpty() ? " (an id, or a property through path)" : "")
            + ", or confirm with @SpanTag(allowSensitive = true).";
    if (strict) {
      diagnostics.error(
          Rule.SENSITIVE_TAG,
          site.element(),
          site.mirror(),
          value,
          message + " (An error because of -A" + STRICT_OPTION + "=true.)");
    } else {
      diagnostics.warning(Rule.SENSITIVE_TAG, site.element(), site.mirror(), value, message);
    }
  }
}
