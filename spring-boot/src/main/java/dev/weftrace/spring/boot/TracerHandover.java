package dev.weftrace.spring.boot;

import dev.weftrace.weaver.Weftrace;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationContextEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.util.ClassUtils;

/**
 * Watches one application context's beans for a tracer and hands the first suitable one to
 * weftrace; takes it back when that context closes (or its refresh fails and its beans are
 * destroyed). An OpenTelemetry bean is preferred to a Micrometer Tracing tracer, which in the
 * OpenTelemetry bridge only wraps it.
 */
final class TracerHandover
    implements BeanPostProcessor,
        ApplicationContextAware,
        ApplicationListener<ApplicationContextEvent>,
        DisposableBean {

  static final String FRAMEWORK = "Spring Boot";

  private ApplicationContext context;
  private boolean openTelemetryPresent;
  private AutoCloseable registration;
  private boolean registeredOpenTelemetry;

  @Override
  public void setApplicationContext(ApplicationContext context) {
    this.context = context;
    ClassLoader loader = context.getClassLoader();
    openTelemetryPresent = ClassUtils.isPresent("io.opentelemetry.api.OpenTelemetry", loader);
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (openTelemetryPresent && !registeredOpenTelemetry && OpenTelemetryBeans.isOne(bean)) {
      handOver(OpenTelemetryBeans.register(bean), true);
    }
    return bean;
  }

  @Override
  public void onApplicationEvent(ApplicationContextEvent event) {
    if (event.getApplicationContext() != context) {
      return; // an event of a child context, passed on to its parent's listeners
    }
    if (event instanceof ContextClosedEvent) {
      takeBack();
    }
  }

  @Override
  public void destroy() {
    takeBack();
  }

  private synchronized void handOver(AutoCloseable newRegistration, boolean openTelemetry) {
    takeBack();
    registration = newRegistration;
    registeredOpenTelemetry = openTelemetry;
  }

  private synchronized void takeBack() {
    if (registration != null) {
      try {
        registration.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      registration = null;
      registeredOpenTelemetry = false;
    }
  }

  /** What to add when the context started without any tracer weftrace could use. */
  static String fix() {
    String version = SpringBootVersion.getVersion();
    String bootTracing =
        version != null && version.startsWith("3.")
            ? "io.micrometer:micrometer-tracing-bridge-otel and an exporter such as"
                + " io.opentelemetry:opentelemetry-exporter-otlp (with spring-boot-starter-actuator)"
            : "org.springframework.boot:spring-boot-starter-opentelemetry";
    return "Add "
        + bootTracing
        + ", or io.opentelemetry.instrumentation:opentelemetry-spring-boot-starter,"
        + " so that the application has an OpenTelemetry bean.";
  }

  /** Loaded only when the OpenTelemetry API is on the class path. */
  private static final class OpenTelemetryBeans {
    static boolean isOne(Object bean) {
      return bean instanceof OpenTelemetry;
    }

    static AutoCloseable register(Object bean) {
      // TEMPORARY until TracerRegistry lands on main.
      Weftrace.useOpenTelemetry((OpenTelemetry) bean);
      return () -> Weftrace.useOpenTelemetry(null);
    }
  }
}
