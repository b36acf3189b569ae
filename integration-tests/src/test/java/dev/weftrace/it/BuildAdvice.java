package dev.weftrace.it;

import dev.weftrace.contract.TypedAspectName;
import dev.weftrace.weaver.internal.TypedAdvice;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which advice this build wove, for the tests of the woven bytes themselves: the aspects
 * weftrace-processor typed to each class, as the weftrace Maven plugin builds them (the default
 * here), or {@code TraceAspect}'s generic advice alone, as a build with aspectj-maven-plugin and no
 * typed aspects gets it ({@code -Pgeneric-advice}). The pom's {@code weftrace.typedAdvice}, written
 * into {@code build-advice.properties} at build time, so the test jar carries it.
 */
final class BuildAdvice {

  /** Whether the build wove the typed aspects: {@code build-advice.properties}, filtered. */
  static final boolean TYPED = typed();

  private BuildAdvice() {}

  private static boolean typed() {
    Properties properties = new Properties();
    try (InputStream in = BuildAdvice.class.getResourceAsStream("build-advice.properties")) {
      properties.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException(
          "build-advice.properties is missing from the test classes", e);
    }
    return Boolean.parseBoolean(properties.getProperty("typedAdvice"));
  }

  /** Whether a method of {@code type} carries the annotation its typed aspect declares. */
  static boolean hasTypedAdvice(Class<?> type) {
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(TypedAdvice.class)) {
        return true;
      }
    }
    return false;
  }

  /** The source of the aspect typed to {@code className}, as the processor wrote it. */
  static Path typedAspectSource(String className) {
    Path source =
        Path.of("target/generated-sources/annotations")
            .resolve(TypedAspectName.pathOf(className) + ".aj");
    if (!Files.isRegularFile(source)) {
      throw new IllegalStateException("no typed aspect at " + source.toAbsolutePath());
    }
    return source;
  }
}
