package dev.weftrace.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What weaving main and test classes share; see {@link Weaving} for what it does. */
abstract class AbstractWeaveMojo extends AbstractMojo {

  static final String WEAVER_GROUP = "dev.weftrace";
  static final String WEAVER_ARTIFACT = "weftrace-weaver";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Skips weaving (and its checks): the classes stay as javac wrote them. */
  @Parameter(property = "weftrace.skip", defaultValue = "false")
  boolean skip;

  /** The class directory to weave. */
  abstract Path classesDir();

  /** Where weftrace-processor wrote the aspects typed to its classes. */
  abstract Path generatedSources();

  /** The class path its classes were compiled against, the directory itself first. */
  abstract List<String> classpathElements() throws Exception;

  /** {@code main} or {@code test}: names the state directory and the log line. */
  abstract String label();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("weftrace: weaving skipped (weftrace.skip)");
      return;
    }
    long start = System.nanoTime();
    Weaving.Result result;
    try {
      List<Path> classpath = new ArrayList<>();
      for (String element : classpathElements()) {
        classpath.add(Path.of(element));
      }
      Path workDir = Path.of(project.getBuild().getDirectory(), "weftrace", label());
      result =
          Weaving.run(
              new Weaving.Request(
                  classesDir(), classpath, weaverJar(), workDir, generatedSources()));
    } catch (WeavingFailure failure) {
      throw new MojoFailureException(failure.getMessage());
    } catch (IOException failure) {
      throw new MojoExecutionException("weftrace: weaving " + classesDir() + " failed", failure);
    } catch (Exception failure) {
      throw new MojoExecutionException("weftrace: cannot weave " + classesDir(), failure);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!result.traced()) {
      getLog().debug("weftrace: no traced " + label() + " classes in " + classesDir());
      return;
    }
    if (!result.restored().isEmpty()) {
      getLog().debug("weftrace: recompiled identically, woven copy restored: " + result.restored());
    }
    getLog().info(summary(label(), result, millis));
  }

  /**
   * The one INFO line: {@code weftrace: wove 2 classes (5 traced methods) in 412 ms; 10 unchanged}.
   */
  static String summary(String label, Weaving.Result result, long millis) {
    String kind = label.equals("test") ? "test class" : "class";
    String line =
        "weftrace: wove "
            + result.woven()
            + " "
            + kind
            + (result.woven() == 1 ? "" : "es")
            + " ("
            + result.methods()
            + " traced method"
            + (result.methods() == 1 ? "" : "s")
            + ") in "
            + millis
            + " ms";
    return line + "; " + result.unchanged() + " unchanged";
  }

  /** The weftrace-weaver jar among the resolved dependencies, or {@code null}. */
  private Path weaverJar() {
    for (Artifact artifact : project.getArtifacts()) {
      if (WEAVER_GROUP.equals(artifact.getGroupId())
          && WEAVER_ARTIFACT.equals(artifact.getArtifactId())
          && artifact.getFile() != null) {
        return artifact.getFile().toPath();
      }
    }
    return null;
  }
}
