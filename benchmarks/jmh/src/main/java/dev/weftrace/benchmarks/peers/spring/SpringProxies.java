package dev.weftrace.benchmarks.peers.spring;

import io.opentelemetry.api.trace.Tracer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.aop.support.AopUtils;

/**
 * Builds the Spring AOP proxy of the Spring case without an application context: {@link
 * AspectJProxyFactory} with {@link SpanAspect}, a class-based (CGLIB) proxy as Spring Boot makes by
 * default. This is the same advisor chain a container would build for {@code @Aspect} beans, minus
 * the container.
 */
public final class SpringProxies {

  private SpringProxies() {}

  /**
   * A proxy of a new {@link SpringOrders} whose {@link ProxyTraced} methods trace on {@code
   * tracer}.
   */
  public static SpringOrders orders(Tracer tracer) {
    AspectJProxyFactory factory = new AspectJProxyFactory(new SpringOrders());
    factory.setProxyTargetClass(true);
    factory.addAspect(new SpanAspect(tracer));
    SpringOrders proxy = factory.getProxy(SpringProxies.class.getClassLoader());
    requireProxied(proxy);
    return proxy;
  }

  /**
   * Fails unless {@code orders} is a CGLIB proxy and neither the fixture nor the aspect went
   * through ajc: an aspect woven at build time would trace the method twice, or instead of the
   * proxy.
   */
  private static void requireProxied(SpringOrders orders) {
    if (!AopUtils.isCglibProxy(orders)) {
      throw new IllegalStateException("not a Spring CGLIB proxy: " + orders.getClass());
    }
    for (Field field : SpringOrders.class.getDeclaredFields()) {
      if (field.getName().startsWith("ajc$")) {
        throw new IllegalStateException("ajc wove SpringOrders (field " + field.getName() + ")");
      }
    }
    for (Method method : SpanAspect.class.getDeclaredMethods()) {
      if (method.getName().equals("aspectOf")) {
        throw new IllegalStateException("ajc compiled SpanAspect as an AspectJ aspect");
      }
    }
  }
}
