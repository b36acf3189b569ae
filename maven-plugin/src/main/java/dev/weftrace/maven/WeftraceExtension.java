package dev.weftrace.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The build extension ({@code <extensions>true</extensions>}): before the build starts, it sets up
 * every module that declares the plugin ({@link BuildSetup}), so that the user writes no executions
 * and no processor path.
 */
public class WeftraceExtension extends AbstractMavenLifecycleParticipant {

  @Override
  public void afterProjectsRead(MavenSession session) {
    String version = ownVersion();
    int javaFeature = Runtime.version().feature();
    for (MavenProject project : session.getProjects()) {
      BuildSetup.apply(project.getModel(), version, javaFeature, session.getUserProperties());
    }
  }

  /** This plugin's version, which is weftrace-processor's. */
  static String ownVersion() {
    try (InputStream in =
        WeftraceExtension.class.getResourceAsStream("weftrace-maven-plugin.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
