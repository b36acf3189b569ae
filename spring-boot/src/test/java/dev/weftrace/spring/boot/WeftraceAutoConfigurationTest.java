package dev.weftrace.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class WeftraceAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(WeftraceAutoConfiguration.class));

  @Test
  void theWeaverKnowsThisAutoConfigurationByName() {
    // It stays quiet about spans that go nowhere outside contexts this class reports on.
    assertThat(dev.weftrace.weaver.internal.TracerRegistry.SPRING_BOOT_AUTO_CONFIGURATION)
        .isEqualTo(WeftraceAutoConfiguration.class.getName());
  }

  @Test
  void tracesCallsWithTheOpenTelemetryBeanFromTheMomentItIsInitialized() {
    Exporters spans = new Exporters();
    runner
        .withBean(OpenTelemetry.class, spans::sdk)
        .withUserConfiguration(CallDuringStart.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              TracedWork.call("running");
              // Inside: closing the context shuts the SDK and its in-memory exporter down.
              assertThat(spans.steps()).containsExactly("during start", "running");
            });
  }

  @Test
  void stopsUsingTheTracerWhenItsContextCloses() {
    Exporters spans = new Exporters();
    runner
        .withBean(OpenTelemetry.class, spans::outlivingTheContext)
        .run(context -> TracedWork.call("open"));
    TracedWork.call("closed");
    assertThat(spans.steps()).containsExactly("open");
  }

  @Test
  void keepsTracingWhileTheBeansThatUseTheTracerAreDestroyed() {
    Exporters spans = new Exporters();
    runner
        .withBean(OpenTelemetry.class, spans::outlivingTheContext)
        .withUserConfiguration(CallWhileClosing.class)
        .run(context -> TracedWork.call("open"));
    assertThat(spans.steps()).containsExactly("open", "while closing");
  }

  @Test
  void stopsUsingTheTracerAsSoonAsItsBeanIsDestroyed() {
    Exporters spans = new Exporters();
    runner
        // Created before the tracer, so destroyed after it.
        .withBean(
            "destroyedLater",
            Runnable.class,
            () -> () -> TracedWork.call("tracer destroyed"),
            definition -> definition.setDestroyMethodName("run"))
        .withBean(OpenTelemetry.class, spans::outlivingTheContext)
        .run(context -> TracedWork.call("open"));
    assertThat(spans.steps()).containsExactly("open");
  }

  @Test
  void aContextStartedAgainHandsOverItsNewTracer() {
    Exporters first = new Exporters();
    Exporters second = new Exporters();
    runner
        .withBean(OpenTelemetry.class, first::outlivingTheContext)
        .run(context -> TracedWork.call("first run"));
    runner
        .withBean(OpenTelemetry.class, second::outlivingTheContext)
        .run(context -> TracedWork.call("second run"));
    assertThat(first.steps()).containsExactly("first run");
    assertThat(second.steps()).containsExactly("second run");
  }

  @Test
  void stopsUsingTheTracerOfAContextWhoseStartFailed() {
    Exporters spans = new Exporters();
    runner
        .withBean(OpenTelemetry.class, spans::outlivingTheContext)
        .withUserConfiguration(FailingStart.class)
        .run(context -> assertThat(context).hasFailed());
    TracedWork.call("after the failure");
    assertThat(spans.steps()).containsExactly("before the failure");
  }

  @Test
  void aChildContextClosingLeavesItsParentsTracerInUse() {
    Exporters spans = new Exporters();
    runner
        .withBean(OpenTelemetry.class, spans::outlivingTheContext)
        .run(
            parent -> {
              runner.withParent(parent).run(child -> TracedWork.call("child open"));
              TracedWork.call("child closed");
            });
    assertThat(spans.steps()).containsExactly("child open", "child closed");
  }

  @Test
  void leavesOpenTelemetryBeansAloneWhenItsApiIsNotOnTheContextsClassPath() {
    Exporters spans = new Exporters();
    runner
        .withClassLoader(new FilteredClassLoader("io.opentelemetry.api."))
        .withBean(OpenTelemetry.class, spans::outlivingTheContext)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              TracedWork.call("hidden");
            });
    assertThat(spans.steps()).isEmpty();
  }

  @Test
  void ofTwoOpenContextsTheNewerIsUsedAndClosingItBringsBackTheOlder() {
    Exporters older = new Exporters();
    Exporters newer = new Exporters();
    runner
        .withBean(OpenTelemetry.class, older::outlivingTheContext)
        .run(
            olderContext -> {
              runner
                  .withBean(OpenTelemetry.class, newer::outlivingTheContext)
                  .run(newerContext -> TracedWork.call("both open"));
              TracedWork.call("newer closed");
            });
    assertThat(newer.steps()).containsExactly("both open");
    assertThat(older.steps()).containsExactly("newer closed");
  }

  @Test
  void usesAMicrometerTracerWhenThereIsNoOpenTelemetryBean() {
    try (BraveSpans brave = new BraveSpans()) {
      runner
          .withBean(Tracer.class, brave::micrometerTracer)
          .run(context -> TracedWork.call("through brave"));
      TracedWork.call("closed");
      assertThat(brave.steps()).containsExactly("through brave");
    }
  }

  @ParameterizedTest(name = "Micrometer tracer initialized first: {0}")
  @ValueSource(booleans = {true, false})
  void prefersTheOpenTelemetryBeanToAMicrometerTracer(boolean micrometerFirst) {
    Exporters spans = new Exporters();
    try (BraveSpans brave = new BraveSpans()) {
      ApplicationContextRunner bothBeans =
          micrometerFirst
              ? runner
                  .withBean(Tracer.class, brave::micrometerTracer)
                  .withBean(OpenTelemetry.class, spans::outlivingTheContext)
              : runner
                  .withBean(OpenTelemetry.class, spans::outlivingTheContext)
                  .withBean(Tracer.class, brave::micrometerTracer);
      bothBeans.run(context -> TracedWork.call("both present"));
      assertThat(spans.steps()).containsExactly("both present");
      assertThat(brave.steps()).isEmpty();
    }
  }

  @Test
  void neverHandsOverNoOpTracers() {
    Exporters spans = new Exporters();
    runner
        .withBean(OpenTelemetry.class, spans::outlivingTheContext)
        .run(
            withTracer ->
                runner
                    .withBean("noopOpenTelemetry", OpenTelemetry.class, OpenTelemetry::noop)
                    .withBean("noopTracer", Tracer.class, () -> Tracer.NOOP)
                    .run(withNoOps -> TracedWork.call("no-ops open")));
    assertThat(spans.steps()).containsExactly("no-ops open");
  }

  @Test
  void leavesMicrometerTracersAloneWhenMicrometerTracingIsNotOnTheContextsClassPath() {
    try (BraveSpans brave = new BraveSpans()) {
      runner
          .withClassLoader(new FilteredClassLoader("io.micrometer.tracing."))
          .withBean(Tracer.class, brave::micrometerTracer)
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                TracedWork.call("hidden");
              });
      assertThat(brave.steps()).isEmpty();
    }
  }

  @Test
  void startsWithNeitherTracingApiOnTheContextsClassPath() {
    runner
        .withClassLoader(new FilteredClassLoader("io.opentelemetry.", "io.micrometer."))
        .run(context -> assertThat(context).hasNotFailed().hasBean("weftraceTracerHandover"));
  }

  /** An application bean that makes a traced call while the context starts. */
  @Configuration(proxyBeanMethods = false)
  static class CallDuringStart {
    @Bean
    String startupCall(OpenTelemetry openTelemetry) {
      return TracedWork.call("during start");
    }
  }

  /** An application bean that uses the tracer and makes a traced call when it is destroyed. */
  @Configuration(proxyBeanMethods = false)
  static class CallWhileClosing {
    @Bean(destroyMethod = "run")
    Runnable callWhileClosing(OpenTelemetry openTelemetry) {
      return () -> TracedWork.call("while closing");
    }
  }

  /** An application bean whose creation fails after one traced call. */
  @Configuration(proxyBeanMethods = false)
  static class FailingStart {
    @Bean
    String failingBean(OpenTelemetry openTelemetry) {
      TracedWork.call("before the failure");
      throw new IllegalStateException("this bean cannot start");
    }
  }
}
