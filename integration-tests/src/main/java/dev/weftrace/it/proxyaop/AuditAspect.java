package dev.weftrace.it.proxyaop;

import java.util.concurrent.atomic.AtomicInteger;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Before;

/**
 * An annotation-style aspect of the kind Spring AOP applies through proxies at run time, living in
 * a module that weftrace weaves at build time. ajc takes every {@code @Aspect} among the classes it
 * weaves for one of its own, so without the module's {@code xmlConfigured} file naming weftrace's
 * aspect alone, this advice would be woven into {@code Greeter} at build time (and run a second
 * time under Spring). {@code ProxyAspectTest} checks that it was not.
 */
@Aspect
public class AuditAspect {

  /** How often the advice ran; stays 0 unless something applied the aspect. */
  public static final AtomicInteger CALLS = new AtomicInteger();

  @Before("execution(* dev.weftrace.it.Greeter.*(..))")
  public void audit() {
    CALLS.incrementAndGet();
  }
}
