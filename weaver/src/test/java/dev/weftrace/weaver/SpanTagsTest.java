package dev.weftrace.weaver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.weftrace.weaver.internal.ActiveSpan;
import dev.weftrace.weaver.internal.ArgumentsOnlyBridge;
import dev.weftrace.weaver.internal.MethodSpan;
import dev.weftrace.weaver.internal.TagSink;
import dev.weftrace.weaver.internal.TracerBridge;
import dev.weftrace.weaver.internal.TracerRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public way to tag from code, over whatever bridge is in use. */
class SpanTagsTest {

  private final List<String> tagged = new ArrayList<>();

  @Test
  void tagsGoToTheBridgesCurrentSpanAndLocalRootByType() {
    try (TracerRegistry.Registration registration = use(recordingBridge())) {
      SpanTags.current().tag("s", "v").tag("l", 3).tag("d", 0.5).tag("b", true);
      SpanTags.localRoot().tag("customer.id", "C-7").tag(null, "no key").tag("absent", null);
    }

    assertThat(tagged)
        .containsExactly(
            "current s=v",
            "current l=3",
            "current d=0.5",
            "current b=true",
            "root customer.id=C-7",
            "root absent=null");
  }

  @Test
  void aBridgeOrSpanThatThrowsNeverReachesTheCaller() {
    TagSink throwing =
        new TagSink() {
          @Override
          public void putString(String key, String value) {
            throw new IllegalStateException("span down");
          }

          @Override
          public void putLong(String key, long value) {
            throw new IllegalStateException("span down");
          }

          @Override
          public void putDouble(String key, double value) {
            throw new IllegalStateException("span down");
          }

          @Override
          public void putBoolean(String key, boolean value) {
            throw new IllegalStateException("span down");
          }
        };
    TracerBridge broken =
        new ArgumentsOnlyBridge() {
          @Override
          public ActiveSpan start(MethodSpan method, Object[] args) {
            return ActiveSpan.NOOP;
          }

          @Override
          public TagSink currentSpan() {
            return throwing;
          }

          @Override
          public TagSink localRoot() {
            throw new IllegalStateException("bridge down");
          }
        };
    try (TracerRegistry.Registration registration = use(broken)) {
      assertThatCode(
              () -> {
                SpanTags.current().tag("s", "v").tag("l", 1).tag("d", 1.0).tag("b", false);
                SpanTags.localRoot().tag("s", "v");
              })
          .doesNotThrowAnyException();
    }
  }

  @Test
  void withoutASpanEveryCallDoesNothing() {
    assertThat(SpanTags.current()).isSameAs(SpanTags.localRoot());
    assertThatCode(() -> SpanTags.current().tag("k", "v").tag("n", 1)).doesNotThrowAnyException();
  }

  private static TracerRegistry.Registration use(TracerBridge bridge) {
    return TracerRegistry.register(bridge, "SpanTagsTest", "a test bridge");
  }

  private TracerBridge recordingBridge() {
    return new ArgumentsOnlyBridge() {
      @Override
      public ActiveSpan start(MethodSpan method, Object[] args) {
        return ActiveSpan.NOOP;
      }

      @Override
      public TagSink currentSpan() {
        return recording("current");
      }

      @Override
      public TagSink localRoot() {
        return recording("root");
      }
    };
  }

  private TagSink recording(String which) {
    return new TagSink() {
      @Override
      public void putString(String key, String value) {
        tagged.add(which + " " + key + "=" + value);
      }

      @Override
      public void putLong(String key, long value) {
        tagged.add(which + " " + key + "=" + value);
      }

      @Override
      public void putDouble(String key, double value) {
        tagged.add(which + " " + key + "=" + value);
      }

      @Override
      public void putBoolean(String key, boolean value) {
        tagged.add(which + " " + key + "=" + value);
      }
    };
  }
}
