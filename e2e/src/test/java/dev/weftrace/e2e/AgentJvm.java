package dev.weftrace.e2e;

import dev.weftrace.testing.datadog.FakeDatadogIntake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this module in a new JVM under the real dd-java-agent, pointed at a {@link
 * FakeDatadogIntake}: the only way to test what the agent does, since it instruments a JVM from its
 * start. The child uses this JVM's {@code java} and class path (the woven classes and their
 * dependencies, never the agent jar), with the agent's background chatter (telemetry, remote
 * configuration, JMX, start-up log) turned off.
 */
final class AgentJvm {

  /** Copied by the build (maven-dependency-plugin); surefire passes its location. */
  static final Path AGENT_JAR =
      Paths.get(System.getProperty("weftrace.e2e.agent", "target/agents/dd-java-agent.jar"));

  static final String SERVICE = "weftrace-e2e";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final FakeDatadogIntake intake;
  private final List<String> flags = new ArrayList<>();

  AgentJvm(FakeDatadogIntake intake) {
    this.intake = intake;
  }

  /** Adds a JVM flag, such as {@code -Ddd.trace.otel.enabled=true}. */
  AgentJvm flag(String flag) {
    flags.add(flag);
    return this;
  }

  /** Runs {@code main} to its end; fails if it does not end within a minute. */
  Result run(Class<?> main, String... args) throws IOException, InterruptedException {
    if (!Files.isRegularFile(AGENT_JAR)) {
      throw new IllegalStateException(AGENT_JAR.toAbsolutePath() + " is missing: run mvn verify");
    }
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-javaagent:" + AGENT_JAR.toAbsolutePath());
    command.add("-Ddd.trace.agent.url=" + intake.url());
    command.add("-Ddd.instrumentation.telemetry.enabled=false");
    command.add("-Ddd.remote_config.enabled=false");
    command.add("-Ddd.jmxfetch.enabled=false");
    command.add("-Ddd.trace.startup.logs=false");
    command.add("-Ddd.service=" + SERVICE);
    // Start-up speed: the child runs for a second or two; the C2 compiler would not pay off.
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(flags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));

    Path stdout = Files.createTempFile("weftrace-e2e-", ".out");
    Path stderr = Files.createTempFile("weftrace-e2e-", ".err");
    try {
      long started = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      process.getOutputStream().close();
      boolean exited = process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (!exited) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      Result result =
          new Result(
              command,
              exited ? process.exitValue() : -1,
              Files.readString(stdout, StandardCharsets.UTF_8),
              Files.readString(stderr, StandardCharsets.UTF_8),
              elapsed);
      if (!exited) {
        throw new AssertionError("no exit within " + TIMEOUT + "\n" + result.describe());
      }
      return result;
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /**
   * How a run ended.
   *
   * @param command the command line
   * @param exitCode the exit code, -1 if the run was killed
   * @param stdout what the program printed
   * @param stderr what the program and the agent printed on standard error
   * @param elapsed wall time from start to exit
   */
  record Result(
      List<String> command, int exitCode, String stdout, String stderr, Duration elapsed) {

    /** Everything known about the run, for a failure message. */
    String describe() {
      return "command: "
          + String.join(" ", command)
          + "\nexit code: "
          + exitCode
          + " after "
          + elapsed.toMillis()
          + " ms\n--- stdout ---\n"
          + stdout
          + "--- stderr ---\n"
          + stderr;
    }
  }
}
