package dev.weftrace.maven;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weftrace.contract.WovenMark;
import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advice weftrace-processor types to each class, compiled by ajc in the plugin's weaving step
 * ({@link Weaving}) and run on a real SDK: every shape of method the generated aspect handles makes
 * the span the generic advice makes, with the same tags, results and exceptions; a class the aspect
 * cannot name keeps the generic advice.
 */
class TypedAdviceWeavingTest {

  private static final String SHOP =
      """
      package app;
      import dev.weftrace.annotation.SpanTag;
      import dev.weftrace.annotation.TagSpan;
      import dev.weftrace.annotation.Trace;
      import java.util.concurrent.CompletableFuture;
      public class Shop {
        public record Order(String id, int lines) {}
        @Trace public int price(@SpanTag("order.id") String id, @SpanTag("order.lines") int lines) {
          return lines * 10;
        }
        @Trace public int price(@SpanTag("order.id") String id) { return 1; }
        @Trace public void record(@SpanTag("big") long big, @SpanTag("ratio") double ratio,
            @SpanTag("grade") char grade, @SpanTag("flag") boolean flag,
            @SpanTag("names") String... names) {}
        @Trace @SpanTag("total")
        public long total(@SpanTag(value = "order", path = "id") Order order) { return 7L; }
        @Trace private static String secret(@SpanTag("word") String word) { return word + "!"; }
        public String callSecret(String word) { return secret(word); }
        @Trace public CompletableFuture<Integer> later(@SpanTag("n") int n) {
          return CompletableFuture.completedFuture(n);
        }
        @Trace public int fail(@SpanTag("why") String why) { throw new IllegalStateException(why); }
        @Trace public <T extends Comparable<T>> T max(@SpanTag("a") T a, T b) {
          return a.compareTo(b) >= 0 ? a : b;
        }
        @Trace public String customer(@SpanTag(value = "customer", localRoot = true) String c) {
          return c;
        }
        @TagSpan public void note(@SpanTag("note") String note) {}
        @Trace public void withNote() { note("n1"); }
        private static class Hidden extends Shop {
          @Trace @Override public int price(@SpanTag("order.id") String id) { return 2; }
        }
        public Shop hidden() { return new Hidden(); }
      }
      """;

  private static InMemorySpanExporter exporter;
  private static OpenTelemetrySdk sdk;

  @TempDir static Path root;
  private static URLClassLoader loader;
  private static Class<?> shopClass;
  private Object shop;

  @BeforeAll
  static void weave() throws Exception {
    Path classes = root.resolve("classes");
    List<Path> classpath =
        Fixtures.compile(root.resolve("src"), classes, Map.of("app/Shop.java", SHOP), true);
    Weaving.Result result =
        Weaving.run(
            new Weaving.Request(
                classes,
                classpath,
                Fixtures.aspectPath(),
                root.resolve("weftrace/main"),
                Fixtures.generatedSources(root.resolve("src"))));
    assertThat(result.woven()).isEqualTo(2); // Shop, Shop$Hidden
    assertThat(classes.resolve("app/Shop_WeftraceAdvice.class")).exists();
    assertThat(Files.readString(classes.resolve("app/Shop.class"), ISO_8859_1))
        .contains(WovenMark.TYPED_ADVICE_INTERNAL_NAME);

    exporter = InMemorySpanExporter.create();
    sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build();
    Weftrace.useOpenTelemetry(sdk);
    loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, Weftrace.class.getClassLoader());
    shopClass = loader.loadClass("app.Shop");
  }

  @AfterAll
  static void close() throws Exception {
    loader.close();
    sdk.close();
  }

  @BeforeEach
  void newShop() throws Exception {
    exporter.reset();
    shop = shopClass.getDeclaredConstructor().newInstance();
  }

  private Object call(String name, Class<?>[] types, Object... args) throws Throwable {
    Method method = shopClass.getMethod(name, types);
    try {
      return method.invoke(shop, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private SpanData only() {
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).hasSize(1);
    return spans.get(0);
  }

  @Test
  void overloadsTagTheirOwnParametersWithTheirOwnTypes() throws Throwable {
    assertThat(call("price", new Class<?>[] {String.class, int.class}, "o-1", 3)).isEqualTo(30);
    SpanData two = only();
    assertThat(two.getName()).isEqualTo("Shop.price");
    assertThat(two.getAttributes().get(stringKey("order.id"))).isEqualTo("o-1");
    assertThat(two.getAttributes().get(longKey("order.lines"))).isEqualTo(3L);

    exporter.reset();
    assertThat(call("price", new Class<?>[] {String.class}, "o-2")).isEqualTo(1);
    assertThat(only().getAttributes().asMap()).containsOnlyKeys(stringKey("order.id"));
  }

  @Test
  void everyPrimitiveAndVarargsInAVoidMethod() throws Throwable {
    call(
        "record",
        new Class<?>[] {long.class, double.class, char.class, boolean.class, String[].class},
        5L,
        0.5,
        'B',
        true,
        new String[] {"x", "y"});
    SpanData span = only();
    assertThat(span.getAttributes().get(longKey("big"))).isEqualTo(5L);
    assertThat(span.getAttributes().get(doubleKey("ratio"))).isEqualTo(0.5);
    assertThat(span.getAttributes().get(stringKey("grade"))).isEqualTo("B");
    assertThat(span.getAttributes().get(booleanKey("flag"))).isTrue();
    assertThat(span.getAttributes().get(stringKey("names"))).isEqualTo("[x, y]");
  }

  @Test
  void aPathTagAndAPrimitiveResultTag() throws Throwable {
    Class<?> order = loader.loadClass("app.Shop$Order");
    Object value = order.getDeclaredConstructor(String.class, int.class).newInstance("o-9", 1);
    assertThat(call("total", new Class<?>[] {order}, value)).isEqualTo(7L);
    SpanData span = only();
    assertThat(span.getAttributes().get(stringKey("order"))).isEqualTo("o-9");
    assertThat(span.getAttributes().get(longKey("total"))).isEqualTo(7L);
  }

  @Test
  void privateStaticMethodsAndGenericParameters() throws Throwable {
    assertThat(call("callSecret", new Class<?>[] {String.class}, "w")).isEqualTo("w!");
    assertThat(only().getAttributes().get(stringKey("word"))).isEqualTo("w");

    exporter.reset();
    assertThat(call("max", new Class<?>[] {Comparable.class, Comparable.class}, "b", "a"))
        .isEqualTo("b");
    assertThat(only().getAttributes().get(stringKey("a"))).isEqualTo("b");
  }

  @Test
  void theSameExceptionInstanceIsThrownAndRecorded() {
    assertThatThrownBy(() -> call("fail", new Class<?>[] {String.class}, "broken"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken");
    SpanData span = only();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getEvents()).extracting(e -> e.getName()).containsExactly("exception");
  }

  @Test
  void aFutureIsReturnedAsItIsAndEndsTheSpan() throws Throwable {
    Object result = call("later", new Class<?>[] {int.class}, 4);
    assertThat(result).isInstanceOf(CompletableFuture.class);
    assertThat(((CompletableFuture<?>) result).get()).isEqualTo(4);
    assertThat(only().getAttributes().get(longKey("n"))).isEqualTo(4L);
  }

  @Test
  void localRootTagsAndTagSpanMethodsStillWork() throws Throwable {
    assertThat(call("customer", new Class<?>[] {String.class}, "c-1")).isEqualTo("c-1");
    assertThat(only().getAttributes().get(stringKey("customer"))).isEqualTo("c-1");

    exporter.reset();
    call("withNote", new Class<?>[0]);
    assertThat(only().getAttributes().get(stringKey("note"))).isEqualTo("n1");
  }

  /**
   * The generated code's lint: ajc compiling the aspect and weaving the class again (from the
   * original it keeps) with its default compiler warnings and every AspectJ lint as a warning.
   */
  @Test
  void theGeneratedAspectCompilesWithoutAWarningFromAjcOrItsLint() throws Exception {
    Path source =
        Fixtures.generatedSources(root.resolve("src")).resolve("app/Shop_WeftraceAdvice.aj");
    org.aspectj.bridge.MessageHandler messages = new org.aspectj.bridge.MessageHandler();
    String classpath =
        root.resolve("classes")
            + java.io.File.pathSeparator
            + System.getProperty("java.class.path");
    new org.aspectj.tools.ajc.Main()
        .run(
            new String[] {
              "--release",
              "17",
              "-Xlint:warning",
              "-proc:none",
              "-inpath",
              root.resolve("classes").toString(),
              "-aspectpath",
              Fixtures.aspectPath().toString(),
              "-classpath",
              classpath,
              "-d",
              root.resolve("lint").toString(),
              source.toString()
            },
            messages);
    assertThat(messages.getMessages(org.aspectj.bridge.IMessage.WARNING, true))
        .extracting(org.aspectj.bridge.IMessage::getMessage)
        .isEmpty();
  }

  @Test
  void aClassTheAspectCannotNameKeepsTheGenericAdviceOnce() throws Throwable {
    Object hidden = shopClass.getMethod("hidden").invoke(shop);
    exporter.reset();
    assertThat(shopClass.getMethod("price", String.class).invoke(hidden, "h-1")).isEqualTo(2);
    SpanData span = only();
    assertThat(span.getName()).isEqualTo("Hidden.price");
    assertThat(span.getAttributes().get(stringKey("order.id"))).isEqualTo("h-1");
  }
}
