package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs javac and the processor but forgot the weaving plugin: the application must
 * still run, only without spans.
 */
class UnwovenBuildTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  void tracedCodeCompiledButNotWovenRunsNormallyWithoutSpans(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/acme/Billing.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        String.join(
            "\n",
            "package acme;",
            "import dev.weftrace.annotation.SpanTag;",
            "import dev.weftrace.annotation.Trace;",
            "public class Billing implements java.util.function.IntUnaryOperator {",
            "  @Trace public int applyAsInt(@SpanTag int cents) { return cents * 2; }",
            "}"),
        StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("java.class.path");

    int status =
        javac.run(
            null,
            null,
            null,
            "-processorpath",
            classpath,
            "-classpath",
            classpath,
            "-d",
            classes.toString(),
            source.toString());

    assertThat(status).as("javac exit status").isZero();
    assertThat(classes.resolve("acme/Billing_WeftraceSpans.class")).exists();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      var billing =
          (java.util.function.IntUnaryOperator)
              loader.loadClass("acme.Billing").getDeclaredConstructor().newInstance();
      assertThat(billing.applyAsInt(21)).isEqualTo(42);
      assertThat(Weftrace.unwovenClasses(loader)).contains("acme.Billing");
    }
    assertThat(tracing.spans()).isEmpty();
    assertThat(List.of(classpath.split(File.pathSeparator)))
        .as("the processor is on the test class path, so javac ran it")
        .anyMatch(entry -> entry.contains("processor"));
  }
}
