package dev.weftrace.it;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which advice this build wove, for the tests of the woven bytes themselves: the aspects
 * weftrace-processor typed to each class, as the weftrace Maven plugin builds them (the default
 * here), or {@code TraceAspect}'s generic advice alone, as a build with aspectj-maven-plugin and no
 * typed aspects gets it ({@code -Pgeneric-advice}). Set by the pom's {@code weftrace.typedAdvice}.
 */
final class BuildAdvice {

  /** Whether the build wove the typed aspects. */
  static final boolean TYPED = Boolean.getBoolean("weftrace.it.typedAdvice");

  private BuildAdvice() {}

  /** Whether a method of {@code type} carries the annotation its typed aspect declares. */
  static boolean hasTypedAdvice(Class<?> type) {
    for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(dev.weftrace.weaver.internal.TypedAdvice.class)) {
        return true;
      }
    }
    return false;
  }

  /** The source of the aspect typed to {@code className}, as the processor wrote it. */
  static Path typedAspectSource(String className) {
    Path source =
        Path.of("target/generated-sources/annotations")
            .resolve(className.replace('.', '/').replace('$', '_') + "_WeftraceAdvice.aj");
    if (!Files.isRegularFile(source)) {
      throw new IllegalStateException("no typed aspect at " + source.toAbsolutePath());
    }
    return source;
  }
}
