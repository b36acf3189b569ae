package dev.weftrace.processor;

/**
 * Checks one tag key: {@code [TagKeyReserved]} (a key weftrace or the backend sets), {@code
 * [TagKeyInvalid]} (a key backends would reject or rewrite) and the {@code [TagKeyUpperCase]}
 * warning (Datadog lower-cases keys, so {@code customerId} arrives as {@code customerid}). One
 * problem per key: the first of these that applies.
 */
final class TagKeyValidator {

  /** Datadog's limit; longer keys are truncated. */
  static final int MAX_LENGTH = 200;

  private static final String ALLOWED = "letters, digits and _ - : . /";

  private final Diagnostics diagnostics;

  TagKeyValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(TagSite site) {
    if (site.key().isEmpty()) {
      reportMissingKey(site);
    } else if (!checkReserved(site) && !checkSyntax(site)) {
      checkUpperCase(site);
    }
  }

  /** Only a return value can lack a key: a parameter's defaults to its name. */
  private void reportMissingKey(TagSite site) {
    diagnostics.error(
        Rule.TAG_KEY_INVALID,
        site.element(),
        site.mirror(),
        site.keyValue(),
        "@SpanTag on method '"
            + site.element().getSimpleName()
            + "' needs a key: a return value has no name to default to. Write @SpanTag(\""
            + suggestedResultKey(site.element().getSimpleName().toString())
            + "\").");
  }

  /** Returns whether it reported. */
  private boolean checkReserved(TagSite site) {
    String advice = ReservedKeys.advice(site.key());
    if (advice == null) {
      return false;
    }
    diagnostics.error(
        Rule.TAG_KEY_RESERVED,
        site.element(),
        site.mirror(),
        site.keyPosition(),
        site.describeKey() + " is reserved: " + advice);
    return true;
  }

  /** Returns whether it reported. */
  private boolean checkSyntax(TagSite site) {
    String problem = syntaxProblem(site.key());
    if (problem == null) {
      return false;
    }
    String fix;
    if (tooLong(site.key())) {
      fix = "Use a shorter key.";
    } else if (site.defaultKey()) {
      fix = "Give the tag an explicit key, e.g. @SpanTag(\"" + sanitized(site.key()) + "\").";
    } else {
      fix = "Use e.g. '" + sanitized(site.key()) + "'.";
    }
    diagnostics.error(
        Rule.TAG_KEY_INVALID,
        site.element(),
        site.mirror(),
        site.keyPosition(),
        site.describeKey() + " " + problem + " " + fix);
    return true;
  }

  /**
   * What is wrong with a non-empty key, as the end of a sentence about it, or {@code null}. Letters
   * and digits are Unicode ones, as Datadog accepts.
   */
  static String syntaxProblem(String key) {
    if (tooLong(key)) {
      return "is "
          + key.codePointCount(0, key.length())
          + " characters long: a key has at most "
          + MAX_LENGTH
          + " (Datadog truncates longer ones).";
    }
    int first = key.codePointAt(0);
    if (!Character.isLetter(first)) {
      return "starts with " + quote(first) + ": a key must start with a letter.";
    }
    int bad = key.codePoints().filter(c -> !allowed(c)).findFirst().orElse(-1);
    if (bad >= 0) {
      return "contains "
          + quote(bad)
          + ": a key may contain only "
          + ALLOWED
          + " (backends replace anything else).";
    }
    return null;
  }

  private void checkUpperCase(TagSite site) {
    if (site.key().codePoints().noneMatch(Character::isUpperCase)) {
      return;
    }
    String snake = Names.snakeCase(site.key());
    String fix;
    if (site.defaultKey()) {
      String dotted = snake.replace('_', '.');
      fix =
          "Give the tag an explicit lower-case key, e.g. @SpanTag(\""
              + snake
              + "\")"
              + (dotted.equals(snake) ? "" : " or @SpanTag(\"" + dotted + "\")")
              + ", or add @SuppressWarnings(\"weftrace\").";
    } else {
      fix = "Write it as '" + snake + "'.";
    }
    diagnostics.warning(
        Rule.TAG_KEY_UPPER_CASE,
        site.element(),
        site.mirror(),
        site.keyPosition(),
        site.describeKey()
            + " has upper-case letters, which Datadog lower-cases (to '"
            + site.key().toLowerCase(java.util.Locale.ROOT)
            + "'). "
            + fix);
  }

  private static boolean tooLong(String key) {
    return key.codePointCount(0, key.length()) > MAX_LENGTH;
  }

  private static boolean allowed(int c) {
    return Character.isLetterOrDigit(c) || "_-:./".indexOf(c) >= 0;
  }

  /** {@code ' '} for a visible character, {@code U+0009} for others. */
  private static String quote(int c) {
    return Character.isWhitespace(c) && c != ' ' || Character.isISOControl(c)
        ? String.format("U+%04X", c)
        : "'" + new String(Character.toChars(c)) + "'";
  }

  /**
   * A valid key close to {@code key} (not too long): leading non-letters dropped, characters not
   * allowed turned into {@code _}, in lower snake case.
   */
  private static String sanitized(String key) {
    StringBuilder fixed = new StringBuilder();
    key.codePoints()
        .dropWhile(c -> !Character.isLetter(c))
        .forEach(c -> fixed.appendCodePoint(allowed(c) ? c : '_'));
    return fixed.length() == 0 ? "key" : Names.snakeCase(fixed.toString());
  }

  /** {@code total} for {@code getTotal}, {@code order_total} for {@code orderTotal}. */
  private static String suggestedResultKey(String methodName) {
    String name = methodName;
    for (String prefix : new String[] {"get", "is"}) {
      if (name.length() > prefix.length()
          && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        name = name.substring(prefix.length());
        break;
      }
    }
    return Names.snakeCase(name);
  }
}
