package dev.weftrace.weaver.internal.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.api.instrumenter.LocalRootSpan;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a span weftrace starts on OpenTelemetry becomes current with the local-root record: in one
 * context and one scope where the span keeps OpenTelemetry's default {@code makeCurrent()}, through
 * the span's own method where it does not, and with no record of weftrace's where one applies. How
 * many scopes a call opens is not observable here (a {@code ContextStorage} wrapper would be
 * JVM-wide); {@code ObjectCensus} and the JMH benchmarks count the objects.
 */
class LocalRootsTest {

  private final SdkTracerProvider provider =
      SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(InMemorySpanExporter.create()))
          .build();
  private final Tracer tracer =
      OpenTelemetrySdk.builder().setTracerProvider(provider).build().getTracer("test");

  @AfterEach
  void close() {
    provider.close();
  }

  @Test
  void aRootRecordsItselfInItsOwnContextAndClosingRestoresTheCaller() {
    Context before = Context.current();
    Span root = tracer.spanBuilder("root").startSpan();

    Scope scope = LocalRoots.makeCurrent(before, root);

    assertThat(Span.current()).isSameAs(root);
    assertThat(Context.current().get(LocalRoots.KEY)).isSameAs(root);
    assertThat(entries(Context.current()))
        .as("the record and the span in one context over the caller's")
        .isEqualTo(entries(before.with(LocalRoots.KEY, root).with(root)));
    scope.close();
    assertThat(Context.current()).isSameAs(before);
    root.end();
  }

  @Test
  void underASpanWeftraceDidNotStartThatSpanIsRecorded() {
    Span request = tracer.spanBuilder("request").startSpan();
    try (Scope ignored = request.makeCurrent()) {
      Context before = Context.current();
      Span child = tracer.spanBuilder("child").startSpan();
      try (Scope scope = LocalRoots.makeCurrent(before, child)) {
        assertThat(Span.current()).isSameAs(child);
        assertThat(LocalRoots.of(Context.current())).isSameAs(request);
      }
      assertThat(Context.current()).isSameAs(before);
      child.end();
    }
    request.end();
  }

  @Test
  void aRecordForTheTraceAlreadyThereIsKept() {
    Span root = tracer.spanBuilder("root").startSpan();
    try (Scope outer = LocalRoots.makeCurrent(Context.current(), root)) {
      Context before = Context.current();
      Span child = tracer.spanBuilder("child").startSpan();
      try (Scope scope = LocalRoots.makeCurrent(before, child)) {
        assertThat(entries(Context.current())).isEqualTo(entries(before.with(child)));
        assertThat(LocalRoots.of(Context.current())).isSameAs(root);
      }
      child.end();
    }
    root.end();
  }

  @Test
  void theInstrumentationApisLocalRootMakesWeftracesOwnRecordNeedless() throws Exception {
    Span server = tracer.spanBuilder("GET /orders").startSpan();
    try (Scope ignored = instrumenterContext(server).makeCurrent()) {
      Context before = Context.current();
      Span child = tracer.spanBuilder("child").startSpan();
      try (Scope scope = LocalRoots.makeCurrent(before, child)) {
        assertThat(Context.current().get(LocalRoots.KEY)).isNull();
        assertThat(entries(Context.current())).isEqualTo(entries(before.with(child)));
        assertThat(LocalRootSpan.fromContextOrNull(Context.current())).isSameAs(server);
      }
      child.end();
    }
    server.end();
  }

  @Test
  void aSpanWithItsOwnMakeCurrentIsMadeCurrentThroughItAboveTheRecord() {
    Context before = Context.current();
    CountingSpan root = new CountingSpan(tracer.spanBuilder("root").startSpan());

    Scope scope = LocalRoots.makeCurrent(before, root);

    assertThat(root.madeCurrent.get()).isEqualTo(1);
    assertThat(root.recordWhenMadeCurrent).as("made current above the record").isSameAs(root);
    assertThat(Span.current()).isSameAs(root);
    assertThat(Context.current().get(LocalRoots.KEY)).isSameAs(root);
    scope.close();
    assertThat(Context.current()).isSameAs(before);
    root.end();
  }

  @Test
  void onlyClassesKeepingTheDefaultShareTheContext() {
    Span sdk = tracer.spanBuilder("s").startSpan();
    assertThat(DefaultMakeCurrent.of(sdk)).isTrue();
    assertThat(DefaultMakeCurrent.of(Span.wrap(SpanContext.getInvalid()))).isTrue();
    assertThat(DefaultMakeCurrent.of(new CountingSpan(sdk))).isFalse();
    sdk.end();
  }

  /** A context's entries ({@code ArrayBasedContext} lists them; it has no {@code equals}). */
  private static String entries(Context context) {
    return context.toString();
  }

  /** See {@code OpenTelemetryTagTargetsTest.instrumenterContext}. */
  private static Context instrumenterContext(Span server) throws Exception {
    Method store = LocalRootSpan.class.getDeclaredMethod("store", Context.class, Span.class);
    store.setAccessible(true);
    return ((Context) store.invoke(null, Context.root(), server)).with(server);
  }

  /** A span of the application's that makes itself current its own way, counting the calls. */
  private static final class CountingSpan implements Span {
    final AtomicInteger madeCurrent = new AtomicInteger();
    Span recordWhenMadeCurrent;
    private final Span delegate;

    CountingSpan(Span delegate) {
      this.delegate = delegate;
    }

    @Override
    public Scope makeCurrent() {
      madeCurrent.incrementAndGet();
      recordWhenMadeCurrent = Context.current().get(LocalRoots.KEY);
      return Context.current().with(this).makeCurrent();
    }

    @Override
    public <T> Span setAttribute(AttributeKey<T> key, T value) {
      delegate.setAttribute(key, value);
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes) {
      delegate.addEvent(name, attributes);
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
      delegate.addEvent(name, attributes, timestamp, unit);
      return this;
    }

    @Override
    public Span setStatus(StatusCode statusCode, String description) {
      delegate.setStatus(statusCode, description);
      return this;
    }

    @Override
    public Span recordException(Throwable exception, Attributes additionalAttributes) {
      delegate.recordException(exception, additionalAttributes);
      return this;
    }

    @Override
    public Span updateName(String name) {
      delegate.updateName(name);
      return this;
    }

    @Override
    public void end() {
      delegate.end();
    }

    @Override
    public void end(long timestamp, TimeUnit unit) {
      delegate.end(timestamp, unit);
    }

    @Override
    public SpanContext getSpanContext() {
      return delegate.getSpanContext();
    }

    @Override
    public boolean isRecording() {
      return delegate.isRecording();
    }
  }
}
