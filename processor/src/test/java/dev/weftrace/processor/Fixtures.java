package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Source fixtures under {@code src/test/resources/fixtures/}, and the compiler that runs on them.
 */
final class Fixtures {

  /**
   * Every fixture under {@code fixtures/good/}: valid code that must compile, with no warnings but
   * the {@link #INTENDED_WARNINGS intended} ones.
   */
  private static final List<String> GOOD =
      List.of(
          "good/AsyncClient.java",
          "good/Catalog.java",
          "good/Greeter.java",
          "good/Inventory.java",
          "good/Journal.java",
          "good/Ledger.java",
          "good/OrderService.java",
          "good/Outer.java",
          "good/Point.java",
          "good/Repository.java",
          "good/TagTypes.java",
          "good/UnnamedPackageService.java");

  /**
   * Good fixtures that draw a weftrace warning on purpose, with its rule id: valid code that the
   * processor still warns about. {@code TagTypes} tags {@code boxedFlag} and {@code boxedCount} by
   * their camelCase names; {@code AsyncClient.legacy()} returns a plain {@code Future}.
   */
  private static final Map<String, String> INTENDED_WARNINGS =
      Map.of(
          "good/TagTypes.java", "TagKeyUpperCase",
          "good/AsyncClient.java", "AsyncReturnUnsupported");

  private Fixtures() {}

  /** Whether {@code warning} is one that a good fixture draws on purpose. */
  static boolean isIntendedWarning(Diagnostic<? extends JavaFileObject> warning) {
    String file = warning.getSource() == null ? "" : warning.getSource().toUri().toString();
    String message = warning.getMessage(Locale.ROOT);
    return INTENDED_WARNINGS.entrySet().stream()
        .anyMatch(e -> file.endsWith(e.getKey()) && message.startsWith("[" + e.getValue() + "]"));
  }

  /** Asserts success with no warnings but the {@link #isIntendedWarning intended} ones. */
  static void assertSucceededWithOnlyIntendedWarnings(Compilation compilation) {
    assertThat(compilation).succeeded();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      assertTrue(isIntendedWarning(warning), warning::toString);
    }
  }

  /** Every good fixture that draws no warning at all. */
  static JavaFileObject[] allGoodWithoutWarnings() {
    return GOOD.stream()
        .filter(path -> !INTENDED_WARNINGS.containsKey(path))
        .map(Fixtures::fixture)
        .toArray(JavaFileObject[]::new);
  }

  /** The fixture at {@code fixtures/<path>}, for example {@code good/Outer.java}. */
  static JavaFileObject fixture(String path) {
    return JavaFileObjects.forResource("fixtures/" + path);
  }

  /** The fixtures at {@code paths}. */
  static JavaFileObject[] fixtures(String... paths) {
    return Arrays.stream(paths).map(Fixtures::fixture).toArray(JavaFileObject[]::new);
  }

  /** Every fixture under {@code fixtures/good/}. */
  static JavaFileObject[] allGood() {
    return GOOD.stream().map(Fixtures::fixture).toArray(JavaFileObject[]::new);
  }

  /** javac with a fresh {@link TraceProcessor}, on the test classpath (which has the weaver). */
  static Compiler compiler() {
    return javac().withProcessors(new TraceProcessor());
  }

  /** Compiles {@code sources} with {@link #compiler()}. */
  static Compilation compile(JavaFileObject... sources) {
    return compiler().compile(sources);
  }
}
