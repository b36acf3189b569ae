package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A framework integration's tracer (Spring Boot's OpenTelemetry bean through weftrace-spring-boot)
 * does not take spans away from the Datadog agent: {@link FrameworkSdkProgram} on the wire.
 */
class AgentWinsOverFrameworkTracerTest {

  @Test
  void spansGoToTheAgentNotToTheFrameworksSdk() throws Exception {
    AgentRun run = AgentRun.of(1, List.of(), FrameworkSdkProgram.class);

    assertThat(run.result().stdout()).contains("framework -> done").contains("sdk spans: 0");
    assertThat(run.result().stderr())
        .contains("weftrace: not using the OpenTelemetry")
        .contains("that e2e framework provides");
    assertThat(run.spans())
        .as(run.describe())
        .singleElement()
        .satisfies(span -> assertThat(span.resource()).isEqualTo("Relay.forward"));
  }
}
