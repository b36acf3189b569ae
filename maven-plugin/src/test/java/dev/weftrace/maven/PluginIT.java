package dev.weftrace.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of user-shaped projects that declare the plugin and nothing else of weftrace's
 * setup but the runtime dependency (see {@link MavenBuild} for where they get their artifacts).
 */
class PluginIT {

  @Test
  void springBootModuleWithLombokAndItsOwnAspectIsWovenAndItsTestsSeeSpans() throws Exception {
    MavenBuild project = MavenBuild.of("user-shaped", "user-shaped");

    MavenBuild.Result build = project.run("verify");

    assertThat(build.exitCode()).as(build.log()).isZero();
    assertThat(build.summaries())
        .containsExactly(
            "weftrace: wove 2 classes (3 traced methods) in N ms; 0 unchanged",
            "weftrace: wove 1 test class (1 traced method) in N ms; 0 unchanged");
    assertThat(build.log()).contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0");
    byte[] aspect =
        Files.readAllBytes(project.dir().resolve("target/classes/shop/AuditAspect.class"));
    assertThat(ClassFiles.usesWeftrace(aspect)).isFalse();
    assertThat(new String(aspect, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("ajc$")
        .doesNotContain("dev/weftrace");
  }

  @Test
  void aReactorRebuildWeavesNothingAndAnEditedClassAloneIsWovenAgain() throws Exception {
    MavenBuild project = MavenBuild.of("reactor", "reactor");

    MavenBuild.Result first = project.run("verify");
    assertThat(first.exitCode()).as(first.log()).isZero();
    assertThat(first.summaries())
        .containsExactly(
            "weftrace: wove 1 class (1 traced method) in N ms; 0 unchanged",
            "weftrace: wove 2 classes (2 traced methods) in N ms; 0 unchanged",
            "weftrace: wove 1 test class (1 traced method) in N ms; 0 unchanged");

    MavenBuild.Result again = project.run("verify");
    assertThat(again.exitCode()).as(again.log()).isZero();
    assertThat(again.summaries())
        .containsExactly(
            "weftrace: wove 0 classes (0 traced methods) in N ms; 1 unchanged",
            "weftrace: wove 0 classes (0 traced methods) in N ms; 2 unchanged",
            "weftrace: wove 0 test classes (0 traced methods) in N ms; 1 unchanged");

    project.edit("app/src/main/java/app/Receipt.java", "\"receipt \"", "\"receipt for \"");
    MavenBuild.Result edited = project.run("verify");
    assertThat(edited.exitCode()).as(edited.log()).isZero();
    assertThat(edited.summaries())
        .containsExactly(
            "weftrace: wove 0 classes (0 traced methods) in N ms; 1 unchanged",
            "weftrace: wove 1 class (1 traced method) in N ms; 1 unchanged",
            "weftrace: wove 0 test classes (0 traced methods) in N ms; 1 unchanged");
    // CheckoutTest counts the spans of one call: a class woven twice would end each twice.
    assertThat(edited.log()).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    assertThat(Files.readString(project.dir().resolve("app/target/weftrace/main/woven.state")))
        .contains("app.Receipt", "app.Checkout");
  }

  @Test
  void failsNamingTheFixWhenTheProcessorIsSwitchedOff() throws Exception {
    MavenBuild project = MavenBuild.of("processor-off", "processor-off");

    MavenBuild.Result build = project.run("process-classes");

    assertThat(build.exitCode()).isNotZero();
    assertThat(build.log())
        .contains(
            "weftrace: off.Service (in "
                + project.dir().resolve("target/classes")
                + ") uses @Trace or @TagSpan, but weftrace-processor did not run")
        .contains("remove <proc>none</proc>");
    assertThat(Path.of(project.dir().toString(), "target/classes/off/Service.class")).exists();
  }
}
