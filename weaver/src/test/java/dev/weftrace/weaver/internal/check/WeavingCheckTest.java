package dev.weftrace.weaver.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weftrace.annotation.Trace;
import dev.weftrace.contract.TracedClasses;
import dev.weftrace.weaver.internal.TestDoubles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This module's test classes are compiled by javac and never woven: they stand in for a module
 * whose build forgot the weaving plugin.
 */
class WeavingCheckTest {

  /** A class with a traced method, compiled here by javac and so never woven. */
  static class Orders {
    @Trace
    void place() {}
  }

  private static final String UNWOVEN = Orders.class.getName();

  @Test
  void listedClassesWhoseClassFilesAreNotWovenAreReported(@TempDir Path dir) throws Exception {
    try (URLClassLoader loader = loaderListing(dir, UNWOVEN, "com.example.NotOnTheClassPath")) {

      assertThat(WeavingCheck.unwovenClasses(loader)).containsExactly(UNWOVEN);
    }
  }

  @Test
  void messageNamesTheClassesAndThePluginSetup() {
    String message = WeavingCheck.describe(List.of("a.B", "c.D"));

    assertThat(message)
        .contains("2 classes have @Trace methods but were not woven")
        .contains("a.B, c.D")
        .contains("aspectj-maven-plugin")
        .contains("weaveDirectories")
        .contains("dev.weftrace:weftrace-weaver");
  }

  @Test
  void noListAtAllMeansTheProcessorDidNotRun(@TempDir Path dir) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {

      assertThatThrownBy(() -> WeavingCheck.unwovenClasses(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("weftrace-processor did not run")
          .hasMessageContaining("<annotationProcessorPaths>");
    }
  }

  @Test
  void backgroundCheckLogsOneErrorNamingTheUnwovenClasses(@TempDir Path dir) throws Exception {
    List<LogRecord> records;
    try (URLClassLoader loader = loaderListing(dir, UNWOVEN)) {
      records = TestDoubles.logsOf(() -> WeavingCheck.report(loader));
    }

    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
    assertThat(records.get(0).getMessage()).contains(UNWOVEN).contains("not woven");
  }

  /** A loader that sees this module's test classes and a processor list naming {@code classes}. */
  private static URLClassLoader loaderListing(Path dir, String... classes) throws Exception {
    Path list = dir.resolve(TracedClasses.RESOURCE);
    Files.createDirectories(list.getParent());
    Files.writeString(list, String.join("\n", classes) + "\n");
    URL testClasses = WeavingCheckTest.class.getProtectionDomain().getCodeSource().getLocation();
    return new URLClassLoader(new URL[] {dir.toUri().toURL(), testClasses}, null);
  }
}
