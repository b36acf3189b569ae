package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.internal.Backends.Choice;
import dev.weftrace.weaver.internal.Backends.Environment;
import org.junit.jupiter.api.Test;

class BackendsTest {

  private static Choice choose(
      String requested, boolean agent, boolean agentOtel, boolean openTracing) {
    return Backends.choose(new Environment(requested, agent, agentOtel, openTracing, true, true));
  }

  @Test
  void withoutAnAgentTheOpenTelemetryApiIsUsedWithPlainConventionsAndLogCorrelation() {
    Choice choice = choose(null, false, false, true);

    assertThat(choice.api()).isEqualTo("OpenTelemetry");
    assertThat(choice.datadog()).isFalse();
    assertThat(choice.logCorrelation()).isTrue();
    assertThat(choice.warning()).isNull();
  }

  @Test
  void agentWithOtelSupportAndOpenTracingGetsTheCheaperOpenTracingTracer() {
    Choice choice = choose(null, true, true, true);

    assertThat(choice.api()).isEqualTo("OpenTracing");
    assertThat(choice.datadog()).isTrue();
    assertThat(choice.reason()).contains("cheaper");
  }

  @Test
  void agentWithOtelSupportWithoutOpenTracingGetsTheOpenTelemetryApiWithDatadogConventions() {
    Choice choice = choose(null, true, true, false);

    assertThat(choice.api()).isEqualTo("OpenTelemetry");
    assertThat(choice.datadog()).isTrue();
    assertThat(choice.logCorrelation()).as("the agent correlates logs itself").isFalse();
    assertThat(choice.reason()).contains("dd.trace.otel.enabled=true");
  }

  @Test
  void agentWithoutOtelSupportGetsItsOpenTracingTracer() {
    Choice choice = choose(null, true, false, true);

    assertThat(choice.api()).isEqualTo("OpenTracing");
    assertThat(choice.datadog()).isTrue();
    assertThat(choice.warning()).isNull();
  }

  @Test
  void agentWithoutOtelSupportOrOpenTracingWarnsWhatToSet() {
    Choice choice = choose(null, true, false, false);

    assertThat(choice.warning())
        .contains("-Ddd.trace.otel.enabled=true")
        .contains("io.opentracing:opentracing-util");
  }

  @Test
  void explicitChoiceWins() {
    assertThat(choose("opentracing", false, false, true).api()).isEqualTo("OpenTracing");
    assertThat(choose(" OTEL ", true, false, true).api()).isEqualTo("OpenTelemetry");
    assertThat(choose("datadog", true, false, true).api()).isEqualTo("OpenTracing");
    assertThat(choose("datadog", true, true, true).api()).isEqualTo("OpenTracing");
    assertThat(choose("datadog", true, true, false).api()).isEqualTo("OpenTelemetry");
    assertThat(choose("otel", true, true, true).api()).isEqualTo("OpenTelemetry");
    assertThat(choose("datadog", false, false, false).datadog()).isTrue();
  }

  @Test
  void openTracingRequestedButAbsentWarns() {
    assertThat(choose("opentracing", false, false, false).warning())
        .contains("io.opentracing:opentracing-util is not on the class path");
  }

  @Test
  void unknownChoiceFallsBackToTheDefaultWithAWarning() {
    Choice choice = choose("zipkin", false, false, true);

    assertThat(choice.api()).isEqualTo("OpenTelemetry");
    assertThat(choice.warning()).contains("unknown weftrace.backend 'zipkin'");
  }

  @Test
  void theChoiceIsWorthAnInfoLineOnlyUnderTheDatadogAgent() {
    assertThat(Backends.levelOf(choose(null, false, false, true)))
        .isEqualTo(System.Logger.Level.DEBUG);
    assertThat(Backends.levelOf(choose("opentracing", false, false, true)))
        .isEqualTo(System.Logger.Level.DEBUG);
    assertThat(Backends.levelOf(choose(null, true, true, true)))
        .isEqualTo(System.Logger.Level.INFO);
    assertThat(Backends.levelOf(choose(null, true, false, true)))
        .isEqualTo(System.Logger.Level.INFO);
  }

  @Test
  void mdcCorrelationOnlyOnRequestWithSlf4jAndNoAgent() {
    assertThat(
            Backends.choose(new Environment(null, false, false, false, false, true))
                .logCorrelation())
        .as("not requested")
        .isFalse();
    assertThat(
            Backends.choose(new Environment(null, false, false, false, true, true))
                .logCorrelation())
        .isTrue();
    assertThat(
            Backends.choose(new Environment(null, false, false, false, true, false))
                .logCorrelation())
        .as("no SLF4J")
        .isFalse();
    assertThat(
            Backends.choose(new Environment(null, true, true, false, true, true)).logCorrelation())
        .as("Datadog agent")
        .isFalse();
  }

  @Test
  void aRequestedCorrelationThatCannotHappenIsExplained() {
    assertThat(Backends.mdcWarning(new Environment(null, false, false, false, false, false)))
        .isNull();
    assertThat(Backends.mdcWarning(new Environment(null, false, false, false, true, true)))
        .isNull();
    assertThat(Backends.mdcWarning(new Environment(null, false, false, false, true, false)))
        .contains("SLF4J (org.slf4j.MDC) is not on the class path");
    assertThat(Backends.mdcWarning(new Environment(null, true, false, false, true, true)))
        .contains("Datadog agent");
  }
}
