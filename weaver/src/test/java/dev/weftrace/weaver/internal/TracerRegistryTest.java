package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which tracer a traced call uses when applications and frameworks hand theirs over. */
class TracerRegistryTest {

  private final List<TracerRegistry.Registration> open = new ArrayList<>();

  @AfterEach
  void closeAll() {
    open.forEach(TracerRegistry.Registration::close);
    Weftrace.useOpenTelemetry(null);
  }

  @Test
  void newestOpenRegistrationIsUsedAndClosingItBringsBackThePreviousOne() {
    Sdk first = new Sdk();
    Sdk second = new Sdk();
    register(first);
    TracerRegistry.Registration secondRegistration = register(second);

    trace("while both open");
    secondRegistration.close();
    trace("after the second closed");

    assertThat(names(second)).containsExactly("while both open");
    assertThat(names(first)).containsExactly("after the second closed");
  }

  @Test
  void closingAnOlderRegistrationKeepsTheNewerOne() {
    Sdk older = new Sdk();
    Sdk newer = new Sdk();
    TracerRegistry.Registration olderRegistration = register(older);
    register(newer);

    olderRegistration.close();
    olderRegistration.close(); // twice: harmless
    trace("call");

    assertThat(names(newer)).containsExactly("call");
    assertThat(names(older)).isEmpty();
  }

  @Test
  void aRestartedContextNeverLeavesTracesOnTheClosedInstance() {
    Sdk beforeRestart = new Sdk();
    TracerRegistry.Registration registration = register(beforeRestart);
    registration.close();
    beforeRestart.sdk.close();
    Sdk afterRestart = new Sdk();
    register(afterRestart);

    trace("after restart");

    assertThat(names(afterRestart)).containsExactly("after restart");
  }

  @Test
  void instanceGivenInCodeWinsOverRegistrationsUntilCleared() {
    Sdk registered = new Sdk();
    Sdk explicit = new Sdk();
    register(registered);

    Weftrace.useOpenTelemetry(explicit.sdk);
    trace("explicit");
    Weftrace.useOpenTelemetry(null);
    trace("registered");

    assertThat(names(explicit)).containsExactly("explicit");
    assertThat(names(registered)).containsExactly("registered");
  }

  @Test
  void withRegistrationsTheSpansAreRouted() {
    register(new Sdk());

    assertThat(TracerRegistry.routed()).isTrue();
  }

  private TracerRegistry.Registration register(Sdk sdk) {
    TracerRegistry.Registration registration = TracerRegistry.register(sdk.sdk, "test");
    open.add(registration);
    return registration;
  }

  @Test
  void aTypedCallStartsOnTheBridgeThatOpenedItWhateverIsRegisteredMeanwhile() {
    Sdk first = new Sdk();
    Weftrace.useOpenTelemetry(first.sdk);
    MethodSpan method = MethodSpan.builder("T.switched").build();
    SpanOpening opening = Tracing.open(method);
    opening.putLong("step", 1);

    Weftrace.useOpenTelemetry(null);
    open.add(
        TracerRegistry.register(
            new ArgumentsOnlyBridge() {
              @Override
              public ActiveSpan start(MethodSpan m, Object[] args) {
                throw new AssertionError("the call had opened its span on the first bridge");
              }
            },
            "test",
            "a bridge of another kind"));
    ActiveSpan span = Tracing.start(method, opening);
    Tracing.exit(method, span, null);

    assertThat(names(first)).containsExactly("T.switched");
    assertThat(first.exporter.getFinishedSpanItems().get(0).getAttributes().asMap()).hasSize(1);
  }

  private static void trace(String name) {
    MethodSpan method = MethodSpan.builder(name).build();
    ActiveSpan span = Tracing.enter(method, Tracing.NO_ARGS);
    Tracing.exit(method, span, null);
  }

  private static List<String> names(Sdk sdk) {
    return sdk.exporter.getFinishedSpanItems().stream().map(SpanData::getName).toList();
  }

  private static final class Sdk {
    final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    final OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build();
  }
}
