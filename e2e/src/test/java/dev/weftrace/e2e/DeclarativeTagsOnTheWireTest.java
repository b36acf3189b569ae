package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.testing.datadog.WireSpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @TagSpan} and {@code @SpanTag(localRoot = true)} under the agent, through both of the APIs
 * weftrace uses there: tags land on spans the agent made, and {@code @TagSpan} makes no span.
 * {@link DeclarativeTagsProgram} on the wire.
 */
class DeclarativeTagsOnTheWireTest {

  @ParameterizedTest
  @ValueSource(strings = {"opentracing", "otel"})
  void tagSpanAndLocalRootTagsLandOnTheSpansTheAgentMade(String backend) throws Exception {
    List<String> flags =
        backend.equals("otel")
            ? List.of("-Ddd.trace.otel.enabled=true", "-Dweftrace.backend=otel")
            : List.of();
    AgentRun run = AgentRun.of(2, flags, DeclarativeTagsProgram.class);
    assertThat(run.result().stdout()).contains("account A-7");
    assertThat(run.traces()).as(run.describe()).hasSize(1);
    WireTrace trace = run.traces().get(0);
    assertThat(trace.spans()).as(run.describe()).hasSize(2);

    WireSpan root = trace.root();
    assertThat(root.name()).as(run.describe()).isEqualTo("agent.request");
    assertThat(root.meta("session.user")).as(run.describe()).isEqualTo("ada");
    assertThat(root.meta("session.kind")).as(run.describe()).isEqualTo("web");
    assertThat(root.meta("account.tier")).as(run.describe()).isEqualTo("gold");

    WireSpan open = trace.withResource("Accounts.open");
    assertThat(open.isChildOf(root)).as(run.describe()).isTrue();
    assertThat(open.meta("account.id")).as(run.describe()).isEqualTo("A-7");
    assertThat(open.meta("directory.hit")).as(run.describe()).isEqualTo("true");
    assertThat(open.meta("account.tier")).isNull();
    assertThat(open.meta("session.user")).isNull();
  }
}
