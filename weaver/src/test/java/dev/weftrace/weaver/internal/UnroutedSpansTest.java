package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.internal.UnroutedSpans.Detected;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one line that explains spans going nowhere names the likely cause and its fix. When it is
 * said (after a delay, held back while a framework starts) is tested end to end in
 * integration-tests' {@code UnroutedSpansWarningTest}.
 */
class UnroutedSpansTest {

  @Test
  void springBootWithoutTheIntegrationIsToldToAddIt() {
    String line = UnroutedSpans.warning(new Detected(true, false, true, true, true), Map.of());

    assertThat(line)
        .startsWith("weftrace: traced methods ran, but their spans go nowhere")
        .contains("dev.weftrace:weftrace-spring-boot");
  }

  @Test
  void anSdkThatIsNotRegisteredIsToldHowToRegisterIt() {
    String line = UnroutedSpans.warning(new Detected(false, false, true, false, true), Map.of());

    assertThat(line)
        .contains("buildAndRegisterGlobal()")
        .contains("Weftrace.useOpenTelemetry(sdk)")
        .doesNotContain("spring");
  }

  @Test
  void anApiThatCannotBeProbedAsksForTheInstance() {
    String line = UnroutedSpans.warning(new Detected(false, false, true, false, false), Map.of());

    assertThat(line).contains("Weftrace.useOpenTelemetry(sdk)").doesNotContain("buildAndRegister");
  }

  @Test
  void aFrameworkThatFoundNoTracerSaysWhatToAdd() {
    String line =
        UnroutedSpans.warning(
            new Detected(true, false, true, true, true),
            Map.of("Spring Boot", "no OpenTelemetry bean: add micrometer-tracing-bridge-otel."));

    assertThat(line).endsWith("no OpenTelemetry bean: add micrometer-tracing-bridge-otel.");
  }

  @Test
  void withWeftraceSpringBootPresentAContextThatReportedNothingIsNoWarning() {
    String line = UnroutedSpans.warning(new Detected(true, true, true, true, true), Map.of());

    assertThat(line).startsWith(UnroutedSpans.QUIET).contains("test slice");
  }

  @Test
  void theApiAloneWithoutAnSdkIsNoWarning() {
    String line = UnroutedSpans.warning(new Detected(false, false, false, false, true), Map.of());

    assertThat(line).startsWith(UnroutedSpans.QUIET);
  }
}
