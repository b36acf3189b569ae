package dev.weftrace.maven;

import dev.weftrace.annotation.TagSpan;
import dev.weftrace.annotation.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Facts read from class files as bytes: nothing is loaded. */
final class ClassFiles {

  /**
   * The descriptors a class file carries when its source uses {@code @Trace} or {@code @TagSpan}.
   */
  private static final String[] WEFTRACE_ANNOTATIONS = {
    descriptor(Trace.class), descriptor(TagSpan.class)
  };

  private ClassFiles() {}

  /** The class file of {@code binaryName} ({@code pkg.Outer$Inner}) under {@code classesDir}. */
  static Path of(Path classesDir, String binaryName) {
    return classesDir.resolve(binaryName.replace('.', '/') + ".class");
  }

  /** The binary name of the class file at {@code relative}, a path relative to its root. */
  static String binaryName(Path relative) {
    String path = relative.toString().replace('\\', '/');
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }

  /**
   * The first class under {@code classesDir} (in path order) whose class file carries
   * {@code @Trace} or {@code @TagSpan}, if any.
   */
  static Optional<String> firstUsingWeftrace(Path classesDir) throws IOException {
    if (!Files.isDirectory(classesDir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(classesDir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        if (file.toString().endsWith(".class") && usesWeftrace(Files.readAllBytes(file))) {
          return Optional.of(binaryName(classesDir.relativize(file)));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a class file carries {@code @Trace} or {@code @TagSpan} on itself or a member. */
  static boolean usesWeftrace(byte[] classFile) {
    // Descriptors are ASCII, which ISO-8859-1 maps byte for byte: a plain text search.
    String bytes = new String(classFile, StandardCharsets.ISO_8859_1);
    for (String annotation : WEFTRACE_ANNOTATIONS) {
      if (bytes.contains(annotation)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The Java release a class file was compiled for: 61 is 17, 69 is 25.
   *
   * @throws IOException if the bytes are not a class file
   */
  static int release(byte[] classFile) throws IOException {
    if (classFile.length < 8
        || (classFile[0] & 0xff) != 0xca
        || (classFile[1] & 0xff) != 0xfe
        || (classFile[2] & 0xff) != 0xba
        || (classFile[3] & 0xff) != 0xbe) {
      throw new IOException("not a class file");
    }
    int major = ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    return major - 44;
  }

  private static String descriptor(Class<?> annotation) {
    return "L" + annotation.getName().replace('.', '/') + ";";
  }
}
