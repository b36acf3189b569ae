package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.testing.datadog.WireSpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code SpanTags} under the agent, through both of the APIs weftrace uses there: the local root is
 * the agent's (a span weftrace did not make), the current span the innermost woven one. {@link
 * LocalRootProgram} on the wire.
 */
class LocalRootOnTheWireTest {

  @ParameterizedTest
  @ValueSource(strings = {"opentracing", "otel"})
  void localRootTagsLandOnTheAgentsRootAndCurrentSpanTagsOnTheCurrentSpan(String backend)
      throws Exception {
    List<String> flags =
        backend.equals("otel")
            ? List.of("-Ddd.trace.otel.enabled=true", "-Dweftrace.backend=otel")
            : List.of();
    AgentRun run = AgentRun.of(3, flags, LocalRootProgram.class);
    assertThat(run.result().stdout()).contains("customer C-7");
    assertThat(run.traces()).as(run.describe()).hasSize(1);
    WireTrace trace = run.traces().get(0);

    WireSpan root = trace.root();
    assertThat(root.name()).as(run.describe()).isEqualTo("agent.request");
    assertThat(root.meta("customer.id")).as(run.describe()).isEqualTo("C-7");
    assertThat(root.metric("customer.orders")).as(run.describe()).isEqualTo(2.0);
    assertThat(root.meta("cache.hit")).isNull();

    WireSpan find = trace.withResource("CustomerLookup.find");
    WireSpan fromCache = trace.withResource("CustomerLookup.fromCache");
    assertThat(find.isChildOf(root)).as(run.describe()).isTrue();
    assertThat(fromCache.isChildOf(find)).as(run.describe()).isTrue();
    assertThat(fromCache.meta("cache.hit")).as(run.describe()).isEqualTo("true");
    assertThat(fromCache.metric("cache.size")).as(run.describe()).isEqualTo(41.0);
    assertThat(find.meta("customer.id")).isNull();
    assertThat(fromCache.meta("customer.id")).isNull();
  }
}
