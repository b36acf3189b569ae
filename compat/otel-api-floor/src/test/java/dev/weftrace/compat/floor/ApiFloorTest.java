package dev.weftrace.compat.floor;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The woven tests of this module really run on the oldest API, not on a newer one let in. */
class ApiFloorTest {

  @Test
  void theOpenTelemetryApiOnTheClassPathIsTheFloor() throws IOException {
    assertThat(mavenVersion("opentelemetry-api")).isEqualTo(System.getProperty("floor", "1.37.0"));
    assertThat(mavenVersion("opentelemetry-sdk-trace")).isEqualTo("1.37.0");
  }

  @Test
  void itHasNoIsSetSoTheWeaverMustDoWithout() {
    assertThat(Arrays.stream(GlobalOpenTelemetry.class.getMethods()).map(Method::getName))
        .doesNotContain("isSet");
  }

  /** The version in the jar's Maven metadata, or the file name's, for an artifact of io.opentelemetry. */
  private static String mavenVersion(String artifact) throws IOException {
    String resource = "META-INF/maven/io.opentelemetry/" + artifact + "/pom.properties";
    try (InputStream in = ApiFloorTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      }
    }
    String path =
        (artifact.equals("opentelemetry-api") ? GlobalOpenTelemetry.class : classOf(artifact))
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .getPath();
    return path.replaceAll(".*/" + artifact + "-([^/]+)\\.jar$", "$1");
  }

  private static Class<?> classOf(String artifact) {
    try {
      return Class.forName("io.opentelemetry.sdk.trace.SdkTracerProvider");
    } catch (ClassNotFoundException absent) {
      throw new AssertionError(artifact + " is not on the class path", absent);
    }
  }
}
