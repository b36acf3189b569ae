package dev.weftrace.weaver.internal.datadog;

import static org.assertj.core.api.Assertions.assertThat;

import datadog.trace.api.interceptor.MutableSpan;
import dev.weftrace.weaver.internal.TagSink;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agent's local root through its {@link MutableSpan} interface, on stand-ins (the real agent:
 * e2e {@code LocalRootOnTheWireTest}).
 */
class DatadogSpansTest {

  private final Map<String, Object> rootTags = new LinkedHashMap<>();

  @Test
  void tagsGoToTheLocalRootNumbersAsNumbers() {
    TagSink root = DatadogSpans.localRootOf(child(root(0L)));

    root.putString("customer.id", "C-7");
    root.putString("absent", null);
    root.putLong("rows", 3);
    root.putDouble("ratio", 0.5);
    root.putBoolean("vip", true);

    assertThat(rootTags)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("customer.id", "C-7", "rows", 3L, "ratio", 0.5, "vip", true));
  }

  @Test
  void aRootThatHasEndedOrAnotherKindOfSpanIsNothingToTag() {
    assertThat(DatadogSpans.localRootOf(child(root(1_000L)))).isSameAs(TagSink.NONE);
    assertThat(DatadogSpans.localRootOf("not a span")).isSameAs(TagSink.NONE);
    assertThat(DatadogSpans.localRootOf(null)).isSameAs(TagSink.NONE);
  }

  /** A root whose duration is {@code durationNano}: 0 while it runs. */
  private MutableSpan root(long durationNano) {
    return mutableSpan(
        (proxy, method, args) ->
            switch (method.getName()) {
              case "getDurationNano" -> durationNano;
              case "setTag" -> {
                rootTags.put((String) args[0], args[1]);
                yield proxy;
              }
              default -> throw new UnsupportedOperationException(method.getName());
            });
  }

  private static MutableSpan child(MutableSpan root) {
    return mutableSpan(
        (proxy, method, args) -> {
          if (method.getName().equals("getLocalRootSpan")) {
            return root;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static MutableSpan mutableSpan(java.lang.reflect.InvocationHandler handler) {
    return (MutableSpan)
        Proxy.newProxyInstance(
            MutableSpan.class.getClassLoader(), new Class<?>[] {MutableSpan.class}, handler);
  }
}
