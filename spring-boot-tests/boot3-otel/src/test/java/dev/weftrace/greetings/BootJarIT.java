package dev.weftrace.greetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.receivers.GreetingTraces;
import dev.weftrace.receivers.OtlpReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The repackaged jar, run as users deploy it: {@code java -jar}, in a process of its own. */
@Timeout(180)
class BootJarIT {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

  @Test
  void theFatJarTracesRequestsThroughTheWovenServiceInsideIt() throws Exception {
    Path jar = Paths.get(System.getProperty("boot.jar"));
    assertThat(jar).isRegularFile();
    Path work = Files.createTempDirectory("weftrace-boot-jar");
    Path log = work.resolve("application.log");
    try (OtlpReceiver receiver = OtlpReceiver.start()) {
      Process app =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  jar.toString(),
                  "--server.port=0",
                  "--management.otlp.tracing.endpoint=" + receiver.tracesUrl())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      try {
        int port = awaitPort(app, log);
        GreetingTraces.checkTwoRequests(port, receiver);
      } finally {
        app.destroy(); // SIGTERM: Boot closes the context, which flushes the exporter
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
          app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      }
      assertThat(Files.readString(log)).doesNotContain("WARN dev.weftrace", "ERROR dev.weftrace");
    }
  }

  @Test
  void weftraceAddsItsWeaverAndSpringBootIntegrationToTheJarAndNothingElse() throws Exception {
    List<String> weftraceLibraries;
    try (ZipFile jar = new ZipFile(System.getProperty("boot.jar"))) {
      weftraceLibraries =
          jar.stream()
              .map(ZipEntry::getName)
              .filter(name -> name.startsWith("BOOT-INF/lib/weftrace-"))
              .map(name -> name.substring("BOOT-INF/lib/".length()))
              .sorted()
              .toList();
    }
    assertThat(weftraceLibraries)
        .containsExactly(
            "weftrace-annotations-0.1.0-SNAPSHOT.jar",
            "weftrace-spring-boot-0.1.0-SNAPSHOT.jar",
            "weftrace-weaver-0.1.0-SNAPSHOT.jar");
  }

  /** The port from Boot's "Tomcat started on port N" line, once the application has logged it. */
  private static int awaitPort(Process app, Path log) throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      Matcher started = STARTED.matcher(Files.readString(log));
      if (started.find()) {
        return Integer.parseInt(started.group(1));
      }
      if (!app.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("the application did not start:\n" + Files.readString(log));
      }
      Thread.sleep(100);
    }
  }
}
