package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Traced calls on many threads at once, virtual ones where the JDK has them (21 and later; this
 * build also runs on 25), platform ones on 17: each call its own correct span tree, nothing left
 * current on any thread.
 */
class VirtualThreadsTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();

  @Test
  void manyConcurrentTracedCallsEachGetTheirOwnParentChain() throws Exception {
    int calls = 500;
    List<Future<Boolean>> results = new ArrayList<>();
    ExecutorService executor = Executors.newCachedThreadPool(threads());
    try {
      for (int i = 0; i < calls; i++) {
        results.add(
            executor.submit(
                () -> {
                  String value = new Shapes().outer();
                  return value.equals("outer+inner")
                      && !Span.current().getSpanContext().isValid()
                      && isVirtual(Thread.currentThread()) == (Runtime.version().feature() >= 21);
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      executor.shutdown();
      assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(tracing.spans()).hasSize(2 * calls);
    var byId = new java.util.HashMap<String, io.opentelemetry.sdk.trace.data.SpanData>();
    tracing.spans().forEach(s -> byId.put(s.getSpanId(), s));
    tracing.spans().stream()
        .filter(s -> s.getName().equals("Shapes.inner"))
        .forEach(
            inner -> {
              var outer = byId.get(inner.getParentSpanId());
              assertThat(outer.getName()).isEqualTo("Shapes.outer");
              assertThat(outer.getTraceId()).isEqualTo(inner.getTraceId());
            });
  }

  private static boolean isVirtual(Thread thread) throws Exception {
    try {
      return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
    } catch (NoSuchMethodException beforeJava21) {
      return false;
    }
  }

  /** Virtual threads through reflection, so that this compiles for Java 17. */
  private static ThreadFactory threads() throws Exception {
    try {
      Method ofVirtual = Thread.class.getMethod("ofVirtual");
      Object builder = ofVirtual.invoke(null);
      // The public interface's method: the builder's own class is not open to reflection.
      Method factory = Class.forName("java.lang.Thread$Builder").getMethod("factory");
      return (ThreadFactory) factory.invoke(builder);
    } catch (NoSuchMethodException beforeJava21) {
      assertThat(Runtime.version().feature()).isLessThan(21);
      return Executors.defaultThreadFactory();
    }
  }
}
