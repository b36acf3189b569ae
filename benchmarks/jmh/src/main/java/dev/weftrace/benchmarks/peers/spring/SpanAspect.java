package dev.weftrace.benchmarks.peers.spring;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * A tracing aspect as Spring applications write them (Micrometer's {@code SpanAspect} and Spring
 * Cloud Sleuth's are of this shape): annotation-style {@code @Around} advice on a {@link
 * ProceedingJoinPoint}, which reads the called method from the join point's signature, its
 * arguments with {@code getArgs()}, and makes an OpenTelemetry span with the same name, kind,
 * attributes and error handling as the other cases. Applied at run time by a Spring AOP proxy
 * ({@link SpringProxies}), never by ajc: benchmarks/jmh/pom.xml gives ajc weftrace's aspect only.
 */
@Aspect
public class SpanAspect {

  private final Tracer tracer;
  private final Map<Method, TagBinding> bindings = new ConcurrentHashMap<>();

  /** Makes spans with {@code tracer}. */
  public SpanAspect(Tracer tracer) {
    this.tracer = tracer;
  }

  /** Wraps each call of a {@link ProxyTraced} method in a span. */
  @Around("execution(@dev.weftrace.benchmarks.peers.spring.ProxyTraced * *(..))")
  @SuppressWarnings("try") // the scope is only closed
  public Object span(ProceedingJoinPoint call) throws Throwable {
    Method method = ((MethodSignature) call.getSignature()).getMethod();
    TagBinding binding = bindings.get(method);
    if (binding == null) {
      binding = bindings.computeIfAbsent(method, TagBinding::of);
    }
    SpanBuilder builder = tracer.spanBuilder(binding.spanName()).setSpanKind(SpanKind.INTERNAL);
    binding.tag(builder, call.getArgs());
    Span span = builder.startSpan();
    try (Scope ignored = span.makeCurrent()) {
      return call.proceed();
    } catch (Throwable error) {
      span.setStatus(StatusCode.ERROR, error.getMessage());
      span.recordException(error);
      throw error;
    } finally {
      span.end();
    }
  }
}
