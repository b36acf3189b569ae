package dev.weftrace.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
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

  /** An application bean that makes a traced call while the context starts. */
  @Configuration(proxyBeanMethods = false)
  static class CallDuringStart {
    @Bean
    String startupCall(OpenTelemetry openTelemetry) {
      return TracedWork.call("during start");
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
