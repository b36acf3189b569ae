package dev.weftrace.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs real Maven builds (the Maven running this build, in its own process) of a copy of one test
 * project from {@code src/it/projects}, as a user would on their machine.
 *
 * <p>The builds use {@code target/it-repo} as their local repository, where invoker:install staged
 * this plugin and the weftrace artifacts; everything else they take from this build's own local
 * repository (a file repository ahead of Central), so after the first build they need no network.
 */
final class MavenBuild {

  private static final Path WORK = Path.of(System.getProperty("it.work"));
  private static final Pattern SUMMARY = Pattern.compile("weftrace: wove .*");

  /** One finished build: its exit code and log. */
  record Result(int exitCode, String log) {

    /** The weftrace INFO lines, in order: {@code weftrace: wove ...}. */
    List<String> summaries() {
      List<String> lines = new ArrayList<>();
      Matcher matcher = SUMMARY.matcher(log);
      while (matcher.find()) {
        lines.add(matcher.group().replaceAll(" in \\d+ ms", " in N ms").strip());
      }
      return lines;
    }
  }

  private final Path dir;

  private MavenBuild(Path dir) {
    this.dir = dir;
  }

  /** A fresh copy of test project {@code name}, under {@code target/it/<copy>}. */
  static MavenBuild of(String name, String copy) throws IOException {
    Path source = Path.of(System.getProperty("it.projects"), name);
    Path target = WORK.resolve(copy);
    delete(target);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return new MavenBuild(target);
  }

  Path dir() {
    return dir;
  }

  /** Runs {@code mvn -B <arguments>} in the project, with weftrace's and the tools' versions. */
  Result run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString());
    // The local repository on the command line too: a .mvn/maven.config or MAVEN_OPTS of the outer
    // build (found above the test project's directory, or inherited) must not point elsewhere.
    command.addAll(
        List.of(
            "-B",
            "-s",
            settings().toString(),
            "-Dmaven.repo.local=" + System.getProperty("it.repo")));
    for (String property :
        List.of("weftrace.version", "lombok.version", "junit.version", "aspectj.version")) {
      command.add("-D" + property + "=" + System.getProperty(property));
    }
    command.add("-Dotel.version=" + System.getProperty("opentelemetry.version"));
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile(WORK, "build", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("mvn timed out: " + command);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Replaces {@code from} by {@code to} in the project's file {@code path}. */
  void edit(String path, String from, String to) throws IOException {
    Path file = dir.resolve(path);
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(path + " has no " + from);
    }
    Files.writeString(file, text.replace(from, to));
  }

  /** The settings of every test build: the staged local repository, this build's as a mirror. */
  private static Path settings() throws IOException {
    Path settings = WORK.resolve("settings.xml");
    String outer = Path.of(System.getProperty("it.outerRepo")).toUri().toString();
    String repository =
        "<id>outer-local</id><url>"
            + outer
            + "</url><releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots>";
    String xml =
        "<settings>\n  <localRepository>"
            + System.getProperty("it.repo")
            + "</localRepository>\n  <profiles><profile><id>outer-local</id>\n"
            + "    <repositories><repository>"
            + repository
            + "</repository></repositories>\n"
            + "    <pluginRepositories><pluginRepository>"
            + repository
            + "</pluginRepository></pluginRepositories>\n"
            + "  </profile></profiles>\n"
            + "  <activeProfiles><activeProfile>outer-local</activeProfile></activeProfiles>\n"
            + "</settings>\n";
    Files.createDirectories(WORK);
    Files.writeString(settings, xml);
    return settings;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(file);
      }
    }
  }
}
