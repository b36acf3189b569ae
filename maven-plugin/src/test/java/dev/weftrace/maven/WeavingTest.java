package dev.weftrace.maven;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weftrace.contract.TracedClasses;
import dev.weftrace.contract.WovenMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weaving of real javac output with the real aspect and ajc. */
class WeavingTest {

  private static final String GREETER =
      """
      package app;
      import dev.weftrace.annotation.SpanTag;
      import dev.weftrace.annotation.Trace;
      public class Greeter {
        @Trace
        public String greet(@SpanTag("name") String name) { return inner(name); }
        @Trace(operationName = "inner.op")
        private String inner(String name) { return "hi " + name; }
        public static class Nested {
          @Trace public int answer() { return 42; }
        }
      }
      """;

  private static final String PLAIN =
      """
      package app;
      public class Plain { public int one() { return 1; } }
      """;

  /** A Spring-style aspect: ajc must neither weave it into others nor make it an aspect. */
  private static final String AUDIT_ASPECT =
      """
      package app;
      import dev.weftrace.annotation.Trace;
      import org.aspectj.lang.annotation.Aspect;
      import org.aspectj.lang.annotation.Before;
      @Aspect
      public class AuditAspect {
        @Before("execution(* app..*(..))")
        public void audit() {}
        @Trace public void traced() {}
      }
      """;

  @TempDir Path root;

  private Path classes() {
    return root.resolve("classes");
  }

  private Weaving.Request request(List<Path> classpath) {
    return new Weaving.Request(
        classes(),
        classpath,
        Fixtures.aspectPath(),
        root.resolve("weftrace/main"),
        Fixtures.generatedSources(root.resolve("src")));
  }

  private List<Path> compile(String greeter, boolean processor) throws IOException {
    return Fixtures.compile(
        root.resolve("src"),
        classes(),
        Map.of(
            "app/Greeter.java", greeter,
            "app/Plain.java", PLAIN,
            "app/AuditAspect.java", AUDIT_ASPECT),
        processor);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path file :
          (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }

  private byte[] bytes(String binaryName) throws IOException {
    return Files.readAllBytes(ClassFiles.of(classes(), binaryName));
  }

  @Test
  void weavesTheListedClassesOnlyAndLeavesSpringAspectsAlone() throws Exception {
    List<Path> classpath = compile(GREETER, true);
    byte[] plainBefore = bytes("app.Plain");

    Weaving.Result result = Weaving.run(request(classpath));

    assertThat(result.woven()).isEqualTo(3);
    assertThat(result.methods()).isEqualTo(4); // greet, inner, Nested.answer, AuditAspect.traced
    assertThat(result.unchanged()).isZero();
    assertThat(WovenMark.isWoven(bytes("app.Greeter"))).isTrue();
    assertThat(WovenMark.isWoven(bytes("app.Greeter$Nested"))).isTrue();
    assertThat(bytes("app.Plain")).isEqualTo(plainBefore);
    // Woven for its @Trace method, but not made an aspect: ajc would add its own aspectOf() and
    // the singleton field.
    String audit = new String(bytes("app.AuditAspect"), ISO_8859_1);
    assertThat(audit)
        .doesNotContain("()Lapp/AuditAspect;")
        .doesNotContain("ajc$perSingletonInstance");
    assertThat(new String(bytes("app.Greeter"), ISO_8859_1))
        .as("the Spring aspect's advice is not woven into Greeter")
        .doesNotContain("app/AuditAspect");
  }

  @Test
  void aSecondRunWithoutChangeDoesNoWeavingWork() throws Exception {
    List<Path> classpath = compile(GREETER, true);
    Weaving.run(request(classpath));
    deleteTree(root.resolve("weftrace/main/in"));

    Weaving.Result again = Weaving.run(request(classpath));

    assertThat(again.woven()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(root.resolve("weftrace/main/in")).as("ajc's input, not made again").doesNotExist();
  }

  @Test
  void aClassFileWithTheSizeAndTimeTheLastWeavingLeftIsNotReadAgain() throws Exception {
    List<Path> classpath = compile(GREETER, true);
    Weaving.run(request(classpath));
    Path greeter = root.resolve("classes/app/Greeter.class");
    FileTime modified = Files.getLastModifiedTime(greeter);
    byte[] zeros = new byte[(int) Files.size(greeter)];
    Files.write(greeter, zeros);
    Files.setLastModifiedTime(greeter, modified);

    Weaving.Result again = Weaving.run(request(classpath));

    assertThat(again.woven()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(Files.readAllBytes(greeter)).as("neither read nor checked").isEqualTo(zeros);
  }

  @Test
  void aWovenClassFileWrittenAgainWithTheSameBytesIsKnownByItsHash() throws Exception {
    List<Path> classpath = compile(GREETER, true);
    Weaving.run(request(classpath));
    Path greeter = root.resolve("classes/app/Greeter.class");
    byte[] woven = Files.readAllBytes(greeter);
    Files.setLastModifiedTime(greeter, FileTime.fromMillis(0));
    deleteTree(root.resolve("weftrace/main/in"));

    Weaving.Result again = Weaving.run(request(classpath));

    assertThat(again.woven()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(Files.readAllBytes(greeter)).isEqualTo(woven);
    assertThat(root.resolve("weftrace/main/in")).as("ajc did not run").doesNotExist();
  }

  @Test
  void aRecompiledModuleGetsItsWovenCopiesBackAndOnlyTheEditedClassIsWoven() throws Exception {
    List<Path> classpath = compile(GREETER, true);
    Weaving.run(request(classpath));
    byte[] wovenAudit = bytes("app.AuditAspect");

    // maven-compiler-plugin recompiles every source when one changed.
    compile(GREETER.replace("\"hi \"", "\"hello \""), true);
    Weaving.Result result = Weaving.run(request(classpath));

    assertThat(result.woven()).isEqualTo(1);
    assertThat(result.methods()).isEqualTo(2);
    assertThat(result.unchanged()).isEqualTo(2);
    assertThat(result.restored())
        .containsExactlyInAnyOrder("app.Greeter$Nested", "app.AuditAspect");
    assertThat(bytes("app.AuditAspect")).isEqualTo(wovenAudit);
    assertThat(WovenMark.isWoven(bytes("app.Greeter"))).isTrue();
  }

  @Test
  void wovenClassesUnknownToTheStateAreWovenFromTheirOriginalNotTwice() throws Exception {
    List<Path> classpath = compile(GREETER, true);
    Weaving.run(request(classpath));
    byte[] once = bytes("app.Greeter");
    Files.delete(root.resolve("weftrace/main/woven.state"));

    Weaving.Result result = Weaving.run(request(classpath));

    assertThat(result.woven()).isEqualTo(3);
    // Woven twice would add a second set of join point fields and advice calls.
    assertThat(bytes("app.Greeter")).isEqualTo(once);
  }

  @Test
  void aWeaverJarInstalledAgainReWeavesEveryClassOnceAndAnUntouchedOneNothing() throws Exception {
    List<Path> classpath = compile(GREETER, true);
    Path weaverJar = Fixtures.aspectJar(root.resolve("repo/weftrace-weaver.jar"));
    Weaving.Request request =
        new Weaving.Request(
            classes(),
            classpath,
            weaverJar,
            root.resolve("weftrace/main"),
            Fixtures.generatedSources(root.resolve("src")));
    Weaving.run(request);
    byte[] once = bytes("app.Greeter");

    assertThat(Weaving.run(request).woven()).as("the same jar: no work").isZero();

    // mvn install writes the jar again: same path, a new time.
    Files.setLastModifiedTime(
        weaverJar, FileTime.fromMillis(Files.getLastModifiedTime(weaverJar).toMillis() + 60_000));
    Weaving.Result result = Weaving.run(request);

    assertThat(result.woven()).isEqualTo(3);
    assertThat(bytes("app.Greeter")).as("woven from the original, not twice").isEqualTo(once);
  }

  @Test
  void failsNamingTheFixWhenTraceIsUsedButTheProcessorDidNotRun() throws Exception {
    List<Path> classpath = compile(GREETER, false);

    assertThatThrownBy(() -> Weaving.run(request(classpath)))
        .isInstanceOf(WeavingFailure.class)
        .hasMessageContaining("uses @Trace or @TagSpan, but weftrace-processor did not run")
        .hasMessageContaining("<extensions>true</extensions>")
        .hasMessageContaining("<proc>none</proc>");
  }

  @Test
  void failsWhenAListedClassStaysUnwoven() throws Exception {
    List<Path> classpath = compile(GREETER, true);
    // A listed class with nothing for the aspect to match: ajc weaves nothing into it.
    Files.writeString(classes().resolve(TracedClasses.RESOURCE), "app.Greeter\napp.Plain\n");

    assertThatThrownBy(() -> Weaving.run(request(classpath)))
        .isInstanceOf(WeavingFailure.class)
        .hasMessageStartingWith(
            "weftrace: 1 class has @Trace methods but were not woven, so they would make no spans:"
                + " app.Plain.");
  }

  @Test
  void failsNamingTheDependencyWhenTheWeaverIsMissing() throws Exception {
    List<Path> classpath = compile(GREETER, true);

    assertThatThrownBy(
            () ->
                Weaving.run(
                    new Weaving.Request(
                        classes(), classpath, null, root.resolve("weftrace/main"), null)))
        .isInstanceOf(WeavingFailure.class)
        .hasMessageContaining("no dependency on dev.weftrace:weftrace-weaver");
  }

  @Test
  void aDirectoryWithoutWeftraceIsLeftAlone() throws Exception {
    List<Path> classpath =
        Fixtures.compile(root.resolve("src"), classes(), Map.of("app/Plain.java", PLAIN), true);

    Weaving.Result result = Weaving.run(request(classpath));

    assertThat(result.traced()).isFalse();
    assertThat(root.resolve("weftrace")).doesNotExist();
  }
}
