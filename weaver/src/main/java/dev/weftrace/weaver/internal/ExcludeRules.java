package dev.weftrace.weaver.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns woven methods off without a rebuild: {@code -Dweftrace.exclude=com.acme.cache.*,
 * com.acme.OrderService#validate} (or {@code WEFTRACE_EXCLUDE}). Read once. Each comma-separated
 * pattern matches a class by binary name ({@code com.acme.Outer$Inner}), or with {@code #method}
 * one method of it (all overloads); {@code *} matches any run of characters. An excluded method
 * runs untouched: its join point resolves once to {@link MethodSpan#UNTRACED}.
 */
final class ExcludeRules {

  static final String PROPERTY = "weftrace.exclude";
  static final String ENVIRONMENT = "WEFTRACE_EXCLUDE";

  /** The rules of this JVM. */
  static final ExcludeRules CURRENT = parse(Settings.read(PROPERTY, ENVIRONMENT));

  private final List<Pattern> classPatterns;
  private final List<Pattern> methodPatterns;

  private ExcludeRules(List<Pattern> classPatterns, List<Pattern> methodPatterns) {
    this.classPatterns = classPatterns;
    this.methodPatterns = methodPatterns;
  }

  /** Parses a comma-separated list; {@code null} or blank excludes nothing. */
  static ExcludeRules parse(String patterns) {
    List<Pattern> classes = new ArrayList<>();
    List<Pattern> methods = new ArrayList<>();
    if (patterns != null) {
      for (String pattern : patterns.split(",")) {
        String trimmed = pattern.trim();
        if (!trimmed.isEmpty()) {
          (trimmed.indexOf('#') >= 0 ? methods : classes).add(glob(trimmed));
        }
      }
    }
    return new ExcludeRules(classes, methods);
  }

  /** Whether {@code methodName} of {@code className} (a binary name) is excluded. */
  boolean excludes(String className, String methodName) {
    for (Pattern pattern : classPatterns) {
      if (pattern.matcher(className).matches()) {
        return true;
      }
    }
    if (!methodPatterns.isEmpty()) {
      String qualified = className + "#" + methodName;
      for (Pattern pattern : methodPatterns) {
        if (pattern.matcher(qualified).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether any rule is set. */
  boolean isEmpty() {
    return classPatterns.isEmpty() && methodPatterns.isEmpty();
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (String literal : pattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(literal));
    }
    return Pattern.compile(regex.toString());
  }
}
