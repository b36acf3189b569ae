package dev.weftrace.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Weaves the main classes with {@code @Trace} and {@code @TagSpan} methods, in place, right after
 * javac ({@code process-classes}), and fails the build if one stays unwoven or the processor did
 * not run. Bound for you when the plugin is declared with {@code <extensions>true</extensions>}.
 */
@Mojo(
    name = "weave",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class WeaveMojo extends AbstractWeaveMojo {

  /**
   * Where javac's annotation processors write sources for the main classes: maven-compiler-plugin's
   * default. weftrace-processor writes the aspects typed to each traced class there.
   */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations")
  File generatedSourcesDirectory;

  @Override
  Path generatedSources() {
    return generatedSourcesDirectory.toPath();
  }

  @Override
  Path classesDir() {
    return Path.of(project.getBuild().getOutputDirectory());
  }

  @Override
  List<String> classpathElements() throws Exception {
    return project.getCompileClasspathElements();
  }

  @Override
  String label() {
    return "main";
  }
}
