package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weftrace.it.proxyaop.AuditAspect;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A module's own Spring-style {@code @Aspect} must stay a plain class that weaving leaves alone,
 * while weftrace's aspect is still woven: the {@code xmlConfigured} setting of the README's Maven
 * setup.
 */
class ProxyAspectTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  void theModulesOwnAspectIsNotWovenIntoItsClasses() {
    AuditAspect.CALLS.set(0);

    new Greeter().greet("ada", 1);

    assertThat(tracing.names()).contains("Greeter.greet");
    assertThat(AuditAspect.CALLS).as("advice of AuditAspect woven at build time").hasValue(0);
  }

  @Test
  void theModulesOwnAspectIsNotTurnedIntoAnAspectjAspect() {
    assertThat(Arrays.stream(AuditAspect.class.getDeclaredMethods()).map(Method::getName))
        .as("methods ajc adds to the aspects it weaves with")
        .doesNotContain("aspectOf", "hasAspect");
  }
}
