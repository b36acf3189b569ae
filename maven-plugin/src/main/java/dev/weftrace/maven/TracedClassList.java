package dev.weftrace.maven;

import dev.weftrace.contract.TracedClasses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads the list of classes with traced methods that weftrace-processor wrote into a directory. */
final class TracedClassList {

  private TracedClassList() {}

  /**
   * The binary names listed in {@code classesDir}'s {@value TracedClasses#RESOURCE}, each once, in
   * their order; {@code null} if the resource does not exist (the processor did not run, or traced
   * nothing).
   */
  static List<String> read(Path classesDir) throws IOException {
    Path list = classesDir.resolve(TracedClasses.RESOURCE);
    if (!Files.isRegularFile(list)) {
      return null;
    }
    return new ArrayList<>(
        new LinkedHashSet<>(TracedClasses.parse(Files.readString(list, StandardCharsets.UTF_8))));
  }
}
