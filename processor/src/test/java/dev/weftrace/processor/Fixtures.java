package dev.weftrace.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Source fixtures under {@code src/test/resources/fixtures/}, and the compiler that runs on them. */
final class Fixtures {

  /** Every fixture under {@code fixtures/good/}: valid code that must compile cleanly. */
  private static final List<String> GOOD =
      List.of(
          "good/AsyncClient.java",
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

  private Fixtures() {}

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
