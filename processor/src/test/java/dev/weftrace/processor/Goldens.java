package dev.weftrace.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.TestInfo;

/**
 * Compares every source file a compilation generated with the golden files at {@code
 * goldens/<TestClass>/<testMethod>/<GeneratedType>.java}, as plain text.
 *
 * <p>With {@code -Dweftrace.updateGoldens=true} it rewrites that directory under the module's
 * {@code src/test/resources} instead; review the diff before committing it.
 */
final class Goldens {

  private static final String UPDATE_PROPERTY = "weftrace.updateGoldens";
  private static final String ROOT = "goldens";

  private Goldens() {}

  static void assertGeneratedSourcesMatchGoldens(Compilation compilation, TestInfo test) {
    assertMatchGoldens(generatedSources(compilation), test);
  }

  /**
   * As {@link #assertGeneratedSourcesMatchGoldens}, for every file the compilation generated whose
   * name {@code names} accepts, sources and resources alike.
   */
  static void assertGeneratedFilesMatchGoldens(
      Compilation compilation, TestInfo test, java.util.function.Predicate<String> names) {
    Map<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = fileName(file.toUri().getPath());
      if (names.test(name)) {
        generated.put(name, contents(file));
      }
    }
    assertMatchGoldens(generated, test);
  }

  private static void assertMatchGoldens(Map<String, String> generated, TestInfo test) {
    String directory =
        ROOT
            + "/"
            + test.getTestClass().orElseThrow().getSimpleName()
            + "/"
            + test.getTestMethod().orElseThrow().getName();
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      write(directory, generated);
    } else {
      assertEquals(
          read(directory),
          generated,
          "generated sources differ from "
              + directory
              + "; if the change is intended, run with -D"
              + UPDATE_PROPERTY
              + "=true and review the new goldens");
    }
  }

  /** File name to text, for every generated source file. */
  private static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      sources.put(fileName(file.toUri().getPath()), contents(file));
    }
    return sources;
  }

  private static Map<String, String> read(String directory) {
    URL url = Goldens.class.getClassLoader().getResource(directory);
    if (url == null) {
      throw new AssertionError(
          "no goldens at " + directory + "; create them with -D" + UPDATE_PROPERTY + "=true");
    }
    try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
      Map<String, String> goldens = new TreeMap<>();
      for (Path file : (Iterable<Path>) files::iterator) {
        goldens.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
      return goldens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(String directory, Map<String, String> sources) {
    String baseDir = System.getProperty("basedir", System.getProperty("user.dir"));
    Path target = Paths.get(baseDir, "src", "test", "resources").resolve(directory);
    try {
      if (Files.isDirectory(target)) {
        try (Stream<Path> old = Files.list(target)) {
          for (Path file : (Iterable<Path>) old::iterator) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(target);
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Files.writeString(
            target.resolve(source.getKey()), source.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
