package dev.weftrace.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Weaves the test classes with {@code @Trace} and {@code @TagSpan} methods, in place, right after
 * javac ({@code process-test-classes}); the same checks as {@code weave}. Bound for you when the
 * plugin is declared with {@code <extensions>true</extensions>}.
 */
@Mojo(
    name = "weave-tests",
    defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class WeaveTestsMojo extends AbstractWeaveMojo {

  /**
   * Where javac's annotation processors write sources for the test classes: maven-compiler-plugin's
   * default. weftrace-processor writes the aspects typed to each traced class there.
   */
  @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/test-annotations")
  File generatedSourcesDirectory;

  @Override
  Path generatedSources() {
    return generatedSourcesDirectory.toPath();
  }

  @Override
  Path classesDir() {
    return Path.of(project.getBuild().getTestOutputDirectory());
  }

  @Override
  List<String> classpathElements() throws Exception {
    return project.getTestClasspathElements();
  }

  @Override
  String label() {
    return "test";
  }
}
