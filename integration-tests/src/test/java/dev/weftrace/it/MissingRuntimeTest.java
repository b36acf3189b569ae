package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a woven class does when it is run without weftrace-weaver, the way a deployment that dropped
 * the dependency runs it. No weftrace code can run there to say anything, so the JVM's own error is
 * the message; the README's troubleshooting section quotes these errors, and this test keeps what
 * it says true.
 *
 * <p>Classes woven with the generic aspect need AspectJ's runtime to load at all (the verifier
 * resolves its types, which ajc's join point fields use); classes woven with typed advice load, and
 * fail at their first traced call. Both need weftrace only when a traced method runs.
 */
class MissingRuntimeTest {

  private static final String GREETER = "dev.weftrace.it.Greeter";

  @Test
  void withoutWeaverAndAspectjrtTheClassFailsToLoad() throws Exception {
    try (URLClassLoader loader = classPathWithout(e -> isWeftraceWeaver(e) || isAspectj(e))) {
      if (BuildAdvice.TYPED) {
        // Typed advice makes no join point fields: the class loads, and its first traced call
        // fails on the aspect's own AspectJ types.
        assertThat(firstTracedCallError(loader)).startsWith("org/aspectj/");
        return;
      }
      assertThatThrownBy(() -> Class.forName(GREETER, true, loader))
          .isInstanceOf(NoClassDefFoundError.class)
          .hasMessageStartingWith("org/aspectj/");
    }
  }

  @Test
  void withAspectjrtButWithoutWeaverTheFirstTracedCallFails() throws Exception {
    try (URLClassLoader loader = classPathWithout(e -> isWeftraceWeaver(e) || isAspectjTools(e))) {
      assertThat(firstTracedCallError(loader)).startsWith("dev/weftrace/weaver/");
    }
  }

  /** Loads and calls the traced {@code greet} through {@code loader}: the message of its error. */
  private static String firstTracedCallError(URLClassLoader loader) throws Exception {
    Class<?> greeter = Class.forName(GREETER, true, loader);
    Object instance = greeter.getDeclaredConstructor().newInstance();
    InvocationTargetException thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvocationTargetException.class,
            () -> greeter.getMethod("greet", String.class, int.class).invoke(instance, "a", 1));
    assertThat(thrown.getCause()).isInstanceOf(NoClassDefFoundError.class);
    return thrown.getCause().getMessage();
  }

  @Test
  void theSameClassRunsWithTheRuntimePresent() throws Exception {
    // Control: the loaders above differ from the test's own class path only by what they leave out.
    try (URLClassLoader loader = classPathWithout(e -> false)) {
      Class<?> greeter = Class.forName(GREETER, true, loader);
      assertThat(greeter.getClassLoader()).isSameAs(loader);
      Object result =
          greeter
              .getMethod("greet", String.class, int.class)
              .invoke(greeter.getDeclaredConstructor().newInstance(), "a", 1);
      assertThat(result).isEqualTo("hi a");
    }
  }

  /** A loader over the test's class path minus some entries, with no parent but the platform's. */
  private static URLClassLoader classPathWithout(Predicate<String> left) {
    List<String> entries =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(left.negate())
            .toList();
    assertThat(entries).anyMatch(e -> e.endsWith("integration-tests/target/classes"));
    URL[] urls = entries.stream().map(MissingRuntimeTest::url).toArray(URL[]::new);
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  private static boolean isWeftraceWeaver(String entry) {
    return entry.contains("weftrace-weaver")
        || entry.contains("weaver" + File.separator + "target");
  }

  private static boolean isAspectj(String entry) {
    return entry.contains(File.separator + "aspectj");
  }

  private static boolean isAspectjTools(String entry) {
    return entry.contains("aspectjtools");
  }

  private static URL url(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }
}
