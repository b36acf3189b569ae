package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.aspect.TraceAspect;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aspectj.bridge.IMessage;
import org.aspectj.bridge.MessageHandler;
import org.aspectj.tools.ajc.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build re-run without {@code clean} hands ajc classes it has already woven. ajc keeps the
 * unwoven original inside each woven class and weaves that again, so the advice must not be applied
 * twice. This test does what such a build does, with the same ajc: it weaves the class files this
 * build already wove, loads the result and counts spans.
 */
class ReweavingTest {

  private static final String GREETER = "dev.weftrace.it.Greeter";

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @TempDir Path inpath;
  @TempDir Path output;

  @Test
  void weavingWovenClassesAgainDoesNotDoubleTheSpans() throws Exception {
    copyClassFile(GREETER, inpath);

    List<IMessage> weaveInfo = weave(inpath, output);

    assertThat(weaveInfo)
        .extracting(IMessage::getMessage)
        .as("ajc's weave info for the second weaving")
        .anyMatch(
            m ->
                m.contains("Greeter.greet")
                    && m.contains(BuildAdvice.TYPED ? "Greeter_WeftraceAdvice" : "TraceAspect"));
    Class<?> rewoven = new ChildFirstLoader(output, GREETER).loadClass(GREETER);
    assertThat(rewoven.getClassLoader()).isInstanceOf(ChildFirstLoader.class);

    Object greeter = rewoven.getDeclaredConstructor().newInstance();
    Method greet = rewoven.getMethod("greet", String.class, int.class);
    Object result = greet.invoke(greeter, "ada", 2);

    assertThat(result).isEqualTo("hi adahi ada");
    // Once woven: greet and the private inner. Twice woven would end each of them twice.
    assertThat(tracing.names()).containsExactly("inner.op", "Greeter.greet");
    assertThat(SpanCapture.attributes(tracing.only("Greeter.greet")).asMap()).hasSize(2);
  }

  @Test
  void theClassGivenToAjcIsTheOneTheBuildAlreadyWove() throws Exception {
    // Guards the premise of the test above: the input really is woven output.
    Class<?> built = Class.forName(GREETER);
    if (BuildAdvice.TYPED) {
      assertThat(BuildAdvice.hasTypedAdvice(built)).isTrue();
      return;
    }
    assertThat(built.getDeclaredFields())
        .extracting(java.lang.reflect.Field::getName)
        .anyMatch(name -> name.startsWith("ajc$tjp_"));
  }

  /**
   * Runs ajc as aspectj-maven-plugin does for binary weaving, returning its weave info; with the
   * typed aspect's source when the build wove one, as each build compiles it again.
   */
  private static List<IMessage> weave(Path in, Path out) {
    MessageHandler messages = new MessageHandler();
    List<String> arguments = new java.util.ArrayList<>();
    java.util.Collections.addAll(
        arguments,
        "--release",
        "17",
        "-inpath",
        in.toString(),
        "-aspectpath",
        locationOf(TraceAspect.class),
        "-classpath",
        System.getProperty("java.class.path"),
        "-showWeaveInfo",
        "-Xlint:ignore",
        "-d",
        out.toString());
    if (BuildAdvice.TYPED) {
      arguments.add(BuildAdvice.typedAspectSource(GREETER).toString());
    }
    new Main().run(arguments.toArray(new String[0]), messages);
    assertThat(messages.getErrors()).as("ajc errors for %s", String.join(" ", arguments)).isEmpty();
    return List.of(messages.getMessages(IMessage.WEAVEINFO, false));
  }

  private static void copyClassFile(String className, Path root) throws IOException {
    String file = className.replace('.', '/') + ".class";
    Path target = root.resolve(file);
    Files.createDirectories(target.getParent());
    try (var in = ReweavingTest.class.getClassLoader().getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      Files.copy(in, target);
    }
  }

  private static String locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Defines the named classes from {@code directory} itself and leaves every other class to the
   * test's loader, so the re-woven class shares weftrace and the SDK with the test.
   */
  private static final class ChildFirstLoader extends ClassLoader {
    private final Path directory;
    private final List<String> own;

    ChildFirstLoader(Path directory, String... own) {
      super(ReweavingTest.class.getClassLoader());
      this.directory = directory;
      this.own = List.of(own);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!own.contains(name)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          try {
            byte[] bytes = Files.readAllBytes(directory.resolve(name.replace('.', '/') + ".class"));
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return loaded;
      }
    }
  }
}
