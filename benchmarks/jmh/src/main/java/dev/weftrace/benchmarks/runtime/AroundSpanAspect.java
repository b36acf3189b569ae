package dev.weftrace.benchmarks.runtime;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

/**
 * The design weftrace's peers ship, for the same span: an annotation-style {@code @Around} advice
 * with a {@link ProceedingJoinPoint} that reads the arguments with {@code getArgs()}, as Spring AOP
 * aspects, Micrometer's {@code ObservedAspect} and OpenTelemetry's Spring starter do. Woven at
 * build time by ajc into {@link AroundOrders} (listed in {@code src/main/ajc/around-peer.xml}), so
 * it differs from weftrace only by the advice, not by a proxy.
 */
@Aspect
public class AroundSpanAspect {

  private static volatile Tracer tracer;

  /** Where the spans go; set before any call. */
  public static void use(Tracer spans) {
    tracer = spans;
  }

  /** The span of {@link HandTracedOrders#price}, from the join point's arguments. */
  @Around("execution(int dev.weftrace.benchmarks.runtime.AroundOrders.price(String, int))")
  public Object trace(ProceedingJoinPoint call) throws Throwable {
    Object[] args = call.getArgs();
    Span span =
        tracer
            .spanBuilder("TracedOrders.price")
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute("order.id", (String) args[0])
            .setAttribute("order.lines", (long) (Integer) args[1])
            .startSpan();
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
