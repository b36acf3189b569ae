package dev.weftrace.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.aspect.TraceAspect;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles test sources the way a user's build does: javac, with or without weftrace-processor. */
final class Fixtures {

  private Fixtures() {}

  /**
   * Writes {@code sources} (path under the source root to text) into {@code sources}, compiles them
   * into {@code classes} at release 17 against this test's class path, with weftrace-processor when
   * {@code processor} is true (asked for typed aspects, written to {@link #generatedSources}), and
   * returns the class path the classes were compiled against.
   */
  static List<Path> compile(
      Path sourceRoot, Path classes, Map<String, String> sources, boolean processor)
      throws IOException {
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceRoot.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      files.add(file.toString());
    }
    Files.createDirectories(classes);
    String classpath = System.getProperty("java.class.path");
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-parameters"));
    arguments.addAll(List.of("-classpath", classpath, "-d", classes.toString()));
    if (processor) {
      // As the build extension sets it up: the processor also writes typed aspects.
      arguments.addAll(List.of("-processorpath", classpath, BuildSetup.TYPED_ADVICE));
      arguments.addAll(List.of("-s", generatedSources(sourceRoot).toString()));
      Files.createDirectories(generatedSources(sourceRoot));
    } else {
      arguments.add("-proc:none");
    }
    arguments.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    // javac prints its diagnostics to stderr.
    int status = javac.run(null, null, null, arguments.toArray(new String[0]));
    assertThat(status).as("javac %s", arguments).isZero();
    List<Path> compiledAgainst = new ArrayList<>();
    compiledAgainst.add(classes);
    for (String element : classpath.split(File.pathSeparator)) {
      compiledAgainst.add(Path.of(element));
    }
    return compiledAgainst;
  }

  /** Where {@link #compile} has the processor write sources: beside {@code sourceRoot}. */
  static Path generatedSources(Path sourceRoot) {
    return sourceRoot.resolveSibling("generated");
  }

  /** The weftrace-weaver jar (or class directory, in a reactor build): the aspect path. */
  static Path aspectPath() {
    try {
      return Path.of(TraceAspect.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * weftrace-weaver as a jar at {@code jar}: a copy of {@link #aspectPath()}, or its class
   * directory packed (in the reactor, the weaver is {@code weaver/target/classes}).
   */
  static Path aspectJar(Path jar) throws IOException {
    Path aspect = aspectPath();
    Files.createDirectories(jar.getParent());
    if (!Files.isDirectory(aspect)) {
      return Files.copy(aspect, jar);
    }
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(aspect)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(
            new java.util.jar.JarEntry(aspect.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Every class file under {@code classes}, relative, sorted. */
  static List<String> classFiles(Path classes) throws IOException {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
