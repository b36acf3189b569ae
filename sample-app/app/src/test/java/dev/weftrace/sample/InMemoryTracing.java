package dev.weftrace.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test a real OpenTelemetry SDK whose spans end up in memory, registered for weftrace
 * with {@link Weftrace#useOpenTelemetry}, and unregisters and closes it afterwards.
 */
final class InMemoryTracing implements BeforeEachCallback, AfterEachCallback {

  private static final Duration PATIENCE = Duration.ofSeconds(5);

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SpanProcessor[] extraProcessors;
  private OpenTelemetrySdk sdk;

  /**
   * Tracing into memory, and also into {@code extraProcessors} (such as a printer under test). They
   * come before the in-memory exporter, so once {@link #awaitSpans} returns they have seen every
   * span it returns.
   */
  InMemoryTracing(SpanProcessor... extraProcessors) {
    this.extraProcessors = extraProcessors;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    SdkTracerProviderBuilder provider = SdkTracerProvider.builder();
    for (SpanProcessor processor : extraProcessors) {
      provider.addSpanProcessor(processor);
    }
    provider.addSpanProcessor(SimpleSpanProcessor.create(exporter));
    sdk = OpenTelemetrySdk.builder().setTracerProvider(provider.build()).build();
    Weftrace.useOpenTelemetry(sdk);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Weftrace.useOpenTelemetry(null);
    sdk.close();
  }

  /** A tracer of the same SDK, for spans the test makes itself. */
  Tracer tracer() {
    return sdk.getTracer("test");
  }

  /**
   * Waits until {@code count} spans have ended, then returns them in the order they ended. Waiting
   * is needed because the span of a method returning a future ends on the thread that completes it,
   * which can be after the caller has seen the result.
   */
  List<SpanData> awaitSpans(int count) {
    awaitUntil(() -> exporter.getFinishedSpanItems().size() >= count);
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).as("ended spans: %s", names(spans)).hasSize(count);
    return spans;
  }

  /** Waits until {@code condition} holds, for at most a few seconds; the caller asserts after. */
  static void awaitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(1_000_000);
    }
  }

  /** The one span named {@code name} among {@code spans}. */
  static SpanData only(List<SpanData> spans, String name) {
    List<SpanData> named =
        spans.stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
    assertThat(named).as("spans named %s among %s", name, names(spans)).hasSize(1);
    return named.get(0);
  }

  static List<String> names(List<SpanData> spans) {
    return spans.stream().map(SpanData::getName).collect(Collectors.toList());
  }
}
