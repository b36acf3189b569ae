package shop;

import java.util.concurrent.atomic.AtomicInteger;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Before;

/** A Spring AOP aspect: applied by Spring's proxies, never woven by the build. */
@Aspect
public class AuditAspect {

  public static final AtomicInteger CALLS = new AtomicInteger();

  @Before("execution(* shop..*(..))")
  public void audit() {
    CALLS.incrementAndGet();
  }
}
