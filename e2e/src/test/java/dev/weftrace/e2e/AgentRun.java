package dev.weftrace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.testing.datadog.FakeDatadogIntake;
import dev.weftrace.testing.datadog.WireSpan;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One finished run of a program under the agent and what the intake received from it: the common
 * first step of every end-to-end test, which also checks that the run itself went well.
 *
 * @param result how the program ended
 * @param spans every span received
 * @param requests how many requests of each method and path the agent made, for failure messages
 */
record AgentRun(AgentJvm.Result result, List<WireSpan> spans, Map<String, Long> requests) {

  /** After the child exits, spans still in the intake's socket buffers get this long to land. */
  private static final Duration ARRIVAL_WAIT = Duration.ofSeconds(10);

  /**
   * Runs {@code main} with {@code flags} against a fresh intake, checks that it exited normally,
   * and waits (boundedly) until {@code expectedSpans} spans have arrived.
   */
  static AgentRun of(int expectedSpans, List<String> flags, Class<?> main, String... args)
      throws Exception {
    try (FakeDatadogIntake intake = FakeDatadogIntake.start()) {
      AgentJvm jvm = new AgentJvm(intake);
      flags.forEach(jvm::flag);
      AgentJvm.Result result = jvm.run(main, args);
      assertThat(result.exitCode()).as("exit code of\n%s", result.describe()).isZero();
      List<WireSpan> spans = intake.awaitSpans(expectedSpans, ARRIVAL_WAIT);
      assertThat(intake.problems()).as("undecodable payloads").isEmpty();
      return new AgentRun(result, spans, intake.requests());
    }
  }

  /** The spans grouped by trace. */
  List<WireTrace> traces() {
    return WireTrace.group(spans);
  }

  /** Everything known about the run, for failure messages. */
  String describe() {
    return result.describe()
        + "--- requests ---\n"
        + requests
        + "\n--- spans ---\n"
        + WireTrace.describe(traces());
  }
}
