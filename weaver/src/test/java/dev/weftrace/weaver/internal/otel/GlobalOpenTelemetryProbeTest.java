package dev.weftrace.weaver.internal.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The probe on the API this module builds with; the oldest API weftrace supports (1.37, with no
 * {@code isSet()}) is covered by the {@code compat/otel-api-floor} module, which runs woven tests
 * on it.
 */
class GlobalOpenTelemetryProbeTest {

  @BeforeEach
  @AfterEach
  void resetGlobal() {
    GlobalOpenTelemetry.resetForTest();
  }

  @Test
  void tellsWhetherAGlobalIsRegisteredWithoutRegisteringOne() {
    assertThat(GlobalOpenTelemetryProbe.available()).isTrue();
    assertThat(GlobalOpenTelemetryProbe.isSet()).isFalse();
    assertThat(GlobalOpenTelemetryProbe.isSet()).as("asking registers nothing").isFalse();

    GlobalOpenTelemetry.set(OpenTelemetry.noop());

    assertThat(GlobalOpenTelemetryProbe.isSet()).isTrue();
  }
}
