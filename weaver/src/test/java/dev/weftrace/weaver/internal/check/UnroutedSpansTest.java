package dev.weftrace.weaver.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.internal.check.UnroutedSpans.Detected;
import dev.weftrace.weaver.internal.check.UnroutedSpans.Verdict;
import java.lang.System.Logger.Level;
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
    Verdict verdict = UnroutedSpans.verdict(new Detected(true, false, true, true, true), Map.of());

    assertThat(verdict.level()).isEqualTo(Level.WARNING);
    assertThat(verdict.line())
        .startsWith("weftrace: traced methods ran, but their spans go nowhere")
        .contains("dev.weftrace:weftrace-spring-boot");
  }

  @Test
  void anSdkThatIsNotRegisteredIsToldHowToRegisterIt() {
    Verdict verdict =
        UnroutedSpans.verdict(new Detected(false, false, true, false, true), Map.of());

    assertThat(verdict.level()).isEqualTo(Level.WARNING);
    assertThat(verdict.line())
        .contains("buildAndRegisterGlobal()")
        .contains("Weftrace.useOpenTelemetry(sdk)")
        .doesNotContain("spring");
  }

  @Test
  void anApiThatCannotBeProbedAsksForTheInstance() {
    Verdict verdict =
        UnroutedSpans.verdict(new Detected(false, false, true, false, false), Map.of());

    assertThat(verdict.level()).isEqualTo(Level.WARNING);
    assertThat(verdict.line())
        .contains("Weftrace.useOpenTelemetry(sdk)")
        .doesNotContain("buildAndRegister");
  }

  @Test
  void aFrameworkThatFoundNoTracerSaysWhatToAdd() {
    Verdict verdict =
        UnroutedSpans.verdict(
            new Detected(true, false, true, true, true),
            Map.of("Spring Boot", "no OpenTelemetry bean: add micrometer-tracing-bridge-otel."));

    assertThat(verdict.level()).isEqualTo(Level.WARNING);
    assertThat(verdict.line())
        .endsWith("no OpenTelemetry bean: add micrometer-tracing-bridge-otel.");
  }

  @Test
  void withWeftraceSpringBootPresentAContextThatReportedNothingIsNoWarning() {
    Verdict verdict = UnroutedSpans.verdict(new Detected(true, true, true, true, true), Map.of());

    assertThat(verdict.level()).isEqualTo(Level.DEBUG);
    assertThat(verdict.line()).contains("test slice");
  }

  @Test
  void theApiAloneWithoutAnSdkIsNoWarning() {
    Verdict verdict =
        UnroutedSpans.verdict(new Detected(false, false, false, false, true), Map.of());

    assertThat(verdict.level()).isEqualTo(Level.DEBUG);
  }
}
