package dev.weftrace.spring.boot;

import dev.weftrace.weaver.internal.TracerRegistry;
import dev.weftrace.weaver.internal.TracerRegistry.Registration;
import dev.weftrace.weaver.internal.micrometer.MicrometerTracers;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.util.ClassUtils;

/**
 * Watches one application context's beans for a tracer and hands it to weftrace's {@link
 * TracerRegistry} as soon as it is initialized; takes it back just before that bean is destroyed
 * (its context closes, or its refresh failed), so requests still served during a graceful shutdown
 * keep their spans, and a closed tracer is never used. An {@code OpenTelemetry} bean wins over a
 * Micrometer Tracing {@code Tracer}, which in Micrometer's OpenTelemetry bridge only wraps it. A
 * tracing API that the context's class loader cannot see is never touched.
 */
final class TracerHandover
    implements DestructionAwareBeanPostProcessor,
        ApplicationContextAware,
        ApplicationListener<ContextRefreshedEvent>,
        DisposableBean {

  static final String FRAMEWORK = "Spring Boot";

  private ApplicationContext context;
  private boolean openTelemetryPresent;
  private boolean micrometerPresent;

  // Beans are initialized on one thread at a time, but close and destroy may come from another.
  private Registration registration;
  private Object registeredBean;
  private boolean registeredOpenTelemetry;
  private boolean registeredAny;
  private boolean reported;

  TracerHandover() {
    TracerRegistry.frameworkStarting(FRAMEWORK);
  }

  @Override
  public void setApplicationContext(ApplicationContext context) {
    this.context = context;
    ClassLoader loader = context.getClassLoader();
    openTelemetryPresent = ClassUtils.isPresent("io.opentelemetry.api.OpenTelemetry", loader);
    micrometerPresent = ClassUtils.isPresent("io.micrometer.tracing.Tracer", loader);
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (openTelemetryPresent && OpenTelemetryBeans.isOne(bean)) {
      handOver(bean, true);
    } else if (micrometerPresent && MicrometerBeans.isOne(bean)) {
      handOver(bean, false);
    }
    return bean;
  }

  @Override
  public boolean requiresDestruction(Object bean) {
    return (openTelemetryPresent && OpenTelemetryBeans.isOne(bean))
        || (micrometerPresent && MicrometerBeans.isOne(bean));
  }

  @Override
  public synchronized void postProcessBeforeDestruction(Object bean, String beanName) {
    if (bean == registeredBean) {
      takeBack();
    }
  }

  @Override
  public void onApplicationEvent(ContextRefreshedEvent event) {
    // Not a child context's event, which Spring passes on to its parent's listeners.
    if (event.getApplicationContext() == context && markReported()) {
      TracerRegistry.frameworkStarted(FRAMEWORK, registeredAny() ? null : fix());
    }
  }

  /**
   * A tracer that Spring does not destroy (a prototype, say) is taken back with the context. A
   * context whose refresh failed never reported that it started: it does now, with nothing to say,
   * so that weftrace does not hold back its own check for it.
   */
  @Override
  public void destroy() {
    takeBack();
    if (markReported()) {
      TracerRegistry.frameworkStarted(FRAMEWORK, null);
    }
  }

  /** Whether this context has yet to report that it started; from now on it has. */
  private synchronized boolean markReported() {
    boolean first = !reported;
    reported = true;
    return first;
  }

  private synchronized void handOver(Object tracer, boolean openTelemetry) {
    if (registeredOpenTelemetry || (registration != null && !openTelemetry)) {
      return; // the first OpenTelemetry bean, else the first Micrometer tracer
    }
    takeBack();
    registration =
        openTelemetry ? OpenTelemetryBeans.register(tracer) : MicrometerBeans.register(tracer);
    registeredBean = tracer;
    registeredOpenTelemetry = openTelemetry;
    registeredAny = true;
  }

  private synchronized boolean registeredAny() {
    return registeredAny;
  }

  private synchronized void takeBack() {
    if (registration != null) {
      registration.close();
      registration = null;
      registeredBean = null;
      registeredOpenTelemetry = false;
    }
  }

  /** What to add when the context started without any tracer weftrace could use. */
  static String fix() {
    String version = SpringBootVersion.getVersion();
    String bootTracing =
        version != null && version.startsWith("3.")
            ? "io.micrometer:micrometer-tracing-bridge-otel and an exporter such as"
                + " io.opentelemetry:opentelemetry-exporter-otlp"
                + " (with spring-boot-starter-actuator)"
            : "org.springframework.boot:spring-boot-starter-opentelemetry";
    return "Add "
        + bootTracing
        + ", or io.opentelemetry.instrumentation:opentelemetry-spring-boot-starter,"
        + " so that the application has an OpenTelemetry bean.";
  }

  /** Loaded only when the OpenTelemetry API is on the class path. */
  private static final class OpenTelemetryBeans {
    static boolean isOne(Object bean) {
      return bean instanceof OpenTelemetry && bean != OpenTelemetry.noop();
    }

    static Registration register(Object bean) {
      return TracerRegistry.register((OpenTelemetry) bean, FRAMEWORK);
    }
  }

  /** Loaded only when Micrometer Tracing is on the class path. */
  private static final class MicrometerBeans {
    /** Not Boot's no-op tracer (Micrometer Tracing without a bridge): it would hide the warning. */
    static boolean isOne(Object bean) {
      return bean instanceof Tracer && bean != Tracer.NOOP;
    }

    static Registration register(Object bean) {
      return MicrometerTracers.register((Tracer) bean, FRAMEWORK);
    }
  }
}
