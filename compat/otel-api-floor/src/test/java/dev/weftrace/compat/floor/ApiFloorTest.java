package dev.weftrace.compat.floor;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The woven tests of this module really run on the oldest API, not on a newer one let in. */
class ApiFloorTest {

  @Test
  void theOpenTelemetryApiAndSdkOnTheClassPathAreTheFloor() {
    assertThat(jarOf(GlobalOpenTelemetry.class)).endsWith("/opentelemetry-api-1.37.0.jar");
    assertThat(jarOf(SdkTracerProvider.class)).endsWith("/opentelemetry-sdk-trace-1.37.0.jar");
  }

  @Test
  void itHasNoIsSetSoTheWeaverMustDoWithout() {
    assertThat(Arrays.stream(GlobalOpenTelemetry.class.getMethods()).map(Method::getName))
        .doesNotContain("isSet");
  }

  /** The jar a class was loaded from (OpenTelemetry's jars carry no Maven pom.properties). */
  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
