package dev.weftrace.it;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HazardsTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final Hazards hazards = new Hazards();

  @Test
  void expectedExceptionsAreRecordedButLeaveTheSpanWithoutError() {
    NoSuchElementException missing =
        (NoSuchElementException) catchThrowable(() -> hazards.find("missing"));
    Throwable empty = catchThrowable(() -> hazards.find(""));
    Throwable broken = catchThrowable(() -> hazards.find("broken"));

    assertThat(missing).hasMessage("missing");
    assertThat(empty).isInstanceOf(IllegalArgumentException.class);
    assertThat(tracing.spans())
        .extracting(s -> s.getStatus().getStatusCode())
        .containsExactly(StatusCode.UNSET, StatusCode.UNSET, StatusCode.ERROR);
    assertThat(tracing.spans()).allSatisfy(s -> FailuresTest.exceptionEvent(s));
    FailuresTest.assertErrorSpan(tracing.spans().get(2), broken, "store down");
  }

  @Test
  void expectedExceptionOfAStageIsNotAnErrorEither() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    hazards.findLater(pending);

    pending.completeExceptionally(new NoSuchElementException("gone"));

    SpanData span = tracing.only("Hazards.findLater");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(
            FailuresTest.exceptionEvent(span).getAttributes().get(stringKey("exception.message")))
        .isEqualTo("gone");
  }

  @Test
  void stackOverflowInsideTracedRecursionPropagatesAndLeavesNoContextBehind() {
    Throwable thrown = catchThrowable(() -> hazards.bottomless(0));

    assertThat(thrown).isInstanceOf(StackOverflowError.class);
    // The deepest frame is the application's recursion, not weftrace.
    assertThat(thrown.getStackTrace()).isNotEmpty();
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
    assertThat(tracing.spans()).isNotEmpty().allSatisfy(s -> assertThat(s.hasEnded()).isTrue());
  }

  @Test
  void exceptionFromAFinallyBlockIsTheOneThatPropagates() {
    Throwable thrown = catchThrowable(hazards::throwsFromFinally);

    assertThat(thrown).isInstanceOf(UnsupportedOperationException.class).hasMessage("from finally");
    assertThat(tracing.only("Hazards.throwsFromFinally").getStatus().getDescription())
        .isEqualTo("from finally");
  }

  @Test
  void tagWhoseToStringThrowsCostsTheTagsNotTheCallOrTheSpan() {
    assertThat(hazards.describe(new Hazards.Hostile(false), "kept?")).isEqualTo("described");
    assertThat(hazards.describe(new Hazards.Hostile(true), "kept?")).isEqualTo("described");

    assertThat(tracing.names()).containsExactly("Hazards.describe", "Hazards.describe");
  }

  @Test
  void hugeStringTagIsCappedAndArraysAreRenderedBounded() {
    hazards.describe("x", "y".repeat(20_000));
    hazards.count(LongStream.range(0, 100).toArray());

    assertThat(tracing.spans().get(0).getAttributes().get(stringKey("note"))).hasSize(5_000);
    assertThat(tracing.spans().get(1).getAttributes().get(stringKey("ids")))
        .startsWith("[0, 1, 2")
        .endsWith(", 31, ... (68 more)]");
  }
}
