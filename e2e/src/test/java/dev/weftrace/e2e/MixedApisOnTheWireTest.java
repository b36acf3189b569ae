package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.testing.datadog.WireSpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under the agent with its OpenTelemetry support on, an application's own OpenTelemetry spans and
 * weftrace's spans form one chain, whether weftrace goes through the same OpenTelemetry shim (the
 * default there) or through the agent's OpenTracing tracer ({@code weftrace.backend=opentracing},
 * the cheaper path per call in the peers benchmark): {@link MixedApisProgram} on the wire.
 */
class MixedApisOnTheWireTest {

  @ParameterizedTest
  @ValueSource(strings = {"otel", "opentracing"})
  void applicationSpansAndWovenSpansChain(String backend) throws Exception {
    AgentRun run =
        AgentRun.of(
            3,
            List.of("-Ddd.trace.otel.enabled=true", "-Dweftrace.backend=" + backend),
            MixedApisProgram.class);
    assertThat(run.result().stdout()).contains("one -> inner done");
    String api = backend.equals("otel") ? "OpenTelemetry" : "OpenTracing";
    assertThat(run.result().stderr())
        .as("weftrace's INFO line on the bridge it chose")
        .contains(
            "weftrace: spans go through the " + api + " API (weftrace.backend=" + backend + ")");
    List<WireTrace> traces = run.traces();
    assertThat(traces).as("traces of\n%s", run.describe()).hasSize(1);

    WireSpan outer = byResource(run, "app.outer");
    WireSpan relay = byResource(run, "Relay.forward");
    WireSpan inner = byResource(run, "app.inner");
    assertThat(traces.get(0).root()).as(run.describe()).isEqualTo(outer);
    assertThat(relay.isChildOf(outer)).as(run.describe()).isTrue();
    assertThat(inner.isChildOf(relay)).as(run.describe()).isTrue();
    assertThat(relay.meta()).containsEntry("hop", "one");
  }

  private static WireSpan byResource(AgentRun run, String resource) {
    List<WireSpan> found = run.spans().stream().filter(s -> resource.equals(s.resource())).toList();
    assertThat(found).as("spans with resource %s in\n%s", resource, run.describe()).hasSize(1);
    return found.get(0);
  }
}
