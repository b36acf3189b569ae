package dev.weftrace.weaver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where tags go: a {@code @TagSpan} method's to the bridge's current span, {@code localRoot} tags
 * to its local root, through {@link Tracing} on a bridge that records what it is given.
 */
class TagRoutingTest {

  private static final MethodSpan TAG_SPAN =
      MethodSpan.builder("T.lookUp")
          .tagsCurrentSpan(true)
          .staticTags("cache", "catalog")
          .tags((args, tags) -> tags.putValue("sku", args[0]))
          .localRootTags((args, tags) -> tags.putValue("customer.id", args[1]))
          .resultTags((result, tags) -> tags.putValue("hit", result))
          .build();

  private static final MethodSpan TAG_SPAN_ASYNC =
      MethodSpan.builder("T.load")
          .tagsCurrentSpan(true)
          .asyncResult(CompletionStage.class)
          .resultTags((result, tags) -> tags.putValue("loaded", result))
          .localRootResultTags((result, tags) -> tags.putValue("root.loaded", result))
          .build();

  private static final MethodSpan TRACED_WITH_ROOT_TAGS =
      MethodSpan.builder("T.place")
          .asyncResult(CompletionStage.class)
          .localRootTags((args, tags) -> tags.putValue("customer.id", args[0]))
          .localRootResultTags((result, tags) -> tags.putValue("order.id", result))
          .build();

  private final RecordingActiveSpan current = RecordingActiveSpan.working();
  private final RecordingActiveSpan root = RecordingActiveSpan.working();
  private final RecordingActiveSpan started = RecordingActiveSpan.working();
  private TracerRegistry.Registration registration;

  @BeforeEach
  void registerRecordingBridge() {
    registration = TracerRegistry.register(bridge(current, root), "test", "recording bridge");
  }

  @AfterEach
  void unregister() {
    registration.close();
  }

  @Test
  void tagSpanWritesStaticAndArgumentTagsToTheCurrentSpanAndLocalRootTagsToTheRoot() {
    TagSink span = Tracing.tagCurrent(TAG_SPAN, new Object[] {"SKU-1", "cust-7"});
    Object result = Tracing.tagResult(TAG_SPAN, span, true);

    assertThat(result).isEqualTo(true);
    assertThat(current.tags).containsExactly("cache=catalog", "sku=SKU-1", "hit=true");
    assertThat(root.tags).containsExactly("customer.id=cust-7");
  }

  @Test
  void tagSpanWithoutACurrentSpanReadsNoArgument() {
    registration.close();
    registration =
        TracerRegistry.register(bridge(TagSink.NONE, TagSink.NONE), "test", "empty bridge");
    Object[] unreadable = {new Unprintable(), new Unprintable()};

    TagSink span = Tracing.tagCurrent(TAG_SPAN, unreadable);

    assertThat(span).isSameAs(TagSink.NONE);
    assertThat(Tracing.tagResult(TAG_SPAN, span, "r")).isEqualTo("r");
  }

  @Test
  void tagSpanResultTagsOfAStageWaitForItsValueAndSkipAFailure() {
    CompletableFuture<String> ok = new CompletableFuture<>();
    CompletableFuture<String> failed = new CompletableFuture<>();

    assertThat(
            Tracing.tagResult(
                TAG_SPAN_ASYNC, Tracing.tagCurrent(TAG_SPAN_ASYNC, Tracing.NO_ARGS), ok))
        .isSameAs(ok);
    Tracing.tagResult(TAG_SPAN_ASYNC, Tracing.tagCurrent(TAG_SPAN_ASYNC, Tracing.NO_ARGS), failed);
    assertThat(current.tags).isEmpty();
    ok.complete("v");
    failed.completeExceptionally(new IllegalStateException("x"));

    assertThat(current.tags).containsExactly("loaded=v");
    assertThat(root.tags).containsExactly("root.loaded=v");
  }

  @Test
  void tracedMethodWritesLocalRootTagsToTheRootFoundAtStartEvenWhenTheStageCompletesLater() {
    CompletableFuture<String> future = new CompletableFuture<>();

    ActiveSpan span = Tracing.enter(TRACED_WITH_ROOT_TAGS, new Object[] {"cust-7"});
    Tracing.exit(TRACED_WITH_ROOT_TAGS, span, future);
    registration.close(); // another context: the root found at the start still gets the tag
    future.complete("ORD-1");

    assertThat(root.tags).containsExactly("customer.id=cust-7", "order.id=ORD-1");
    assertThat(started.tags).isEmpty();
    assertThat(started.finishes).isEqualTo(1);
  }

  @Test
  void bridgeThatThrowsCostsTheTagsNotTheCall() {
    registration.close();
    registration = TracerRegistry.register(throwingBridge(), "test", "broken bridge");

    TagSink span = Tracing.tagCurrent(TAG_SPAN, new Object[] {"SKU-1", "cust-7"});

    assertThat(span).isSameAs(TagSink.NONE);
    assertThat(Tracing.tagResult(TAG_SPAN, span, "r")).isEqualTo("r");
  }

  private TracerBridge bridge(TagSink currentSpan, TagSink localRoot) {
    return new ArgumentsOnlyBridge() {
      @Override
      public ActiveSpan start(MethodSpan method, Object[] args) {
        return started;
      }

      @Override
      public TagSink currentSpan() {
        return currentSpan;
      }

      @Override
      public TagSink localRoot() {
        return localRoot;
      }
    };
  }

  private static TracerBridge throwingBridge() {
    return new ArgumentsOnlyBridge() {
      @Override
      public ActiveSpan start(MethodSpan method, Object[] args) {
        throw new IllegalStateException("broken");
      }

      @Override
      public TagSink currentSpan() {
        throw new IllegalStateException("broken");
      }

      @Override
      public TagSink localRoot() {
        throw new IllegalStateException("broken");
      }
    };
  }

  /** Fails the test if any tag code reads it. */
  private static final class Unprintable {
    @Override
    public String toString() {
      throw new AssertionError("read without a span to tag");
    }
  }
}
