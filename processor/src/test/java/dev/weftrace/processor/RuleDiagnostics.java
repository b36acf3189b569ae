package dev.weftrace.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Picks out the diagnostics of one rule, by the bracketed id their messages start with. */
final class RuleDiagnostics {

  private RuleDiagnostics() {}

  /** The diagnostics of any kind whose message starts with {@code [id]}. */
  static List<Diagnostic<? extends JavaFileObject>> of(Compilation compilation, String id) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[" + id + "]"))
        .collect(Collectors.toList());
  }

  /** Asserts that exactly {@code count} diagnostics of {@code kind} carry {@code id}. */
  static void assertCount(Compilation compilation, String id, Diagnostic.Kind kind, int count) {
    List<Diagnostic<? extends JavaFileObject>> found = of(compilation, id);
    assertEquals(
        count,
        found.stream().filter(d -> d.getKind() == kind).count(),
        () -> "diagnostics of [" + id + "]: " + found);
  }

  /** Asserts that no diagnostic of any kind carries {@code id}. */
  static void assertNone(Compilation compilation, String id) {
    List<Diagnostic<? extends JavaFileObject>> found = of(compilation, id);
    assertEquals(List.of(), found, () -> "unexpected diagnostics of [" + id + "]");
  }
}
