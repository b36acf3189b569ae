package dev.weftrace.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.weftrace.processor.Fixtures.fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.weftrace.processor.RecordingTagSink.Call;
import dev.weftrace.weaver.internal.SpanCompanion;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tag paths through classes that Lombok changes in the same compilation ({@code @Value},
 * {@code @Data}, {@code @Getter} on a class and on a field), with Lombok's real processor:
 * whichever of the two runs first, the companion reads Lombok's getters, never the fields Lombok
 * made private.
 */
class LombokTest {

  private static final JavaFileObject[] SOURCES =
      fixtures(
          "lombok/Billing.java",
          "lombok/Invoice.java",
          "lombok/Customer.java",
          "lombok/Account.java",
          "lombok/Shipment.java");
  private static final String COMPANION = "fixtures.lombok.Billing_WeftraceSpans";
  private static final String BILL =
      "bill(fixtures.lombok.Invoice,fixtures.lombok.Account,fixtures.lombok.Shipment)";

  /** Compiles the Lombok fixtures with both processors, in the order given, under strict lint. */
  static Compilation compile(boolean traceProcessorFirst, JavaFileObject... sources) {
    Processor lombok = lombokProcessor();
    Processor weftrace = new TraceProcessor();
    return javac()
        .withProcessors(traceProcessorFirst ? List.of(weftrace, lombok) : List.of(lombok, weftrace))
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  @Test
  void traceProcessorListedBeforeLombokWaitsForLombokGettersWithoutAWarning(TestInfo test) {
    // Without the extra round weftrace asks for, the companion would be written in javac's last
    // round, whose warning ("created in the last round") -Werror turns into an error.
    Compilation compilation = compile(true, SOURCES);

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertGeneratedSourcesMatchGoldens(compilation, test);
  }

  @Test
  void lombokListedFirstGivesTheSameCompanion() {
    Compilation lombokFirst = compile(false, SOURCES);

    assertThat(lombokFirst).succeededWithoutWarnings();
    assertEquals(companionSource(compile(true, SOURCES)), companionSource(lombokFirst));
  }

  @ParameterizedTest(name = "weftrace first: {0}")
  @ValueSource(booleans = {true, false})
  void companionReadsEachTagThroughLombokGetters(boolean traceProcessorFirst) throws Exception {
    CompiledClassLoader loader = new CompiledClassLoader(compile(traceProcessorFirst, SOURCES));
    Object customer = loader.loadClass("fixtures.lombok.Customer").getConstructor().newInstance();
    customer.getClass().getMethod("setName", String.class).invoke(customer, "Ada");
    customer.getClass().getMethod("setVip", boolean.class).invoke(customer, true);
    Object invoice =
        loader
            .loadClass("fixtures.lombok.Invoice")
            .getConstructor(String.class, boolean.class, customer.getClass())
            .newInstance("INV-7", false, customer);
    Object account =
        loader
            .loadClass("fixtures.lombok.Account")
            .getConstructor(String.class, boolean.class, String.class)
            .newInstance("acc-1", true, "north");
    Object shipment =
        loader
            .loadClass("fixtures.lombok.Shipment")
            .getConstructor(String.class, int.class)
            .newInstance("ups", 3);

    SpanCompanion companion =
        (SpanCompanion) loader.loadClass(COMPANION).getDeclaredConstructor().newInstance();
    RecordingTagSink sink = new RecordingTagSink();
    companion.find(BILL).tags().bind(new Object[] {invoice, account, shipment}, sink);

    assertEquals(
        List.of(
            new Call("putString", "invoice.number", "INV-7"),
            new Call("putBoolean", "invoice.paid", false),
            new Call("putString", "customer.name", "Ada"),
            new Call("putBoolean", "customer.vip", true),
            new Call("putString", "account.id", "acc-1"),
            new Call("putBoolean", "account.active", true),
            new Call("putString", "shipment.carrier", "ups")),
        sink.calls);
  }

  /** Lombok's processor, as its jar registers it; its outer class is not public. */
  static Processor lombokProcessor() {
    try {
      return (Processor)
          Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor")
              .getConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Lombok is a test dependency of this module", e);
    }
  }

  private static String companionSource(Compilation compilation) {
    try {
      return compilation
          .generatedSourceFile(COMPANION)
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
