package dev.weftrace.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * The resource in which {@code weftrace-processor} lists every class with traced methods that it
 * compiled, and which the runtime reads to check that those classes were woven: one binary name
 * ({@code pkg.Outer$Inner}, as {@link Class#getName()} has it) per line, UTF-8. Each compiled
 * module has its own; the runtime reads all it sees.
 */
public final class TracedClasses {

  /** The path of the resource, relative to the class output (and so the class path). */
  public static final String RESOURCE = "META-INF/weftrace/traced-classes";

  private TracedClasses() {}

  /** The binary names one such resource lists, in its order: blank lines skipped, names trimmed. */
  public static List<String> parse(String text) {
    List<String> names = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        names.add(line.trim());
      }
    }
    return names;
  }
}
