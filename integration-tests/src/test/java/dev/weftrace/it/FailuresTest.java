package dev.weftrace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FailuresTest {

  @RegisterExtension final SpanCapture tracing = new SpanCapture();
  private final Failures traced = new Failures();

  @Test
  void uncheckedExceptionPropagatesAsTheSameInstanceAndMarksTheSpan() {
    IllegalArgumentException error = new IllegalArgumentException("bad order");

    assertThat(catchThrowable(() -> traced.throwUnchecked(error))).isSameAs(error);

    assertErrorSpan(tracing.only("Failures.throwUnchecked"), error, "bad order");
  }

  @Test
  void checkedExceptionPropagatesAsTheSameInstance() {
    IOException error = new IOException("disk full");

    assertThat(catchThrowable(() -> traced.throwChecked(error))).isSameAs(error);

    assertErrorSpan(tracing.only("Failures.throwChecked"), error, "disk full");
  }

  @Test
  void errorPropagatesAsTheSameInstance() {
    AssertionError error = new AssertionError("invariant");

    assertThat(catchThrowable(() -> traced.throwError(error))).isSameAs(error);

    assertErrorSpan(tracing.only("Failures.throwError"), error, "invariant");
  }

  @Test
  void stackTraceIsTheOneTheExceptionWasCreatedWith() {
    IllegalStateException error = new IllegalStateException("x");
    StackTraceElement[] before = error.getStackTrace().clone();

    catchThrowable(() -> traced.throwUnchecked(error));

    assertThat(error.getStackTrace()).containsExactly(before);
  }

  @Test
  void noWeftraceFrameSitsBetweenTheThrowerAndTheCaller() {
    Throwable thrown = catchThrowable(() -> new Hazards().throwsFromFinally());

    assertThat(thrown.getStackTrace())
        .extracting(StackTraceElement::getClassName)
        .noneMatch(name -> name.startsWith("dev.weftrace.weaver"));
    // From the throwing helper up to the traced method: all frames of the traced class, two of
    // them synthetic (the moved body and the advice AspectJ puts beside it).
    assertThat(java.util.Arrays.copyOf(thrown.getStackTrace(), 4))
        .extracting(StackTraceElement::getClassName)
        .containsOnly(Hazards.class.getName());
    assertThat(thrown.getStackTrace()[3].getMethodName()).isEqualTo("throwsFromFinally");
  }

  @Test
  void exceptionWithoutMessageGivesErrorStatusWithoutDescription() {
    NullPointerException error = new NullPointerException();

    catchThrowable(() -> traced.throwUnchecked(error));

    SpanData span = tracing.only("Failures.throwUnchecked");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getStatus().getDescription()).isEmpty();
    assertThat(exceptionEvent(span).getAttributes().get(AttributeKey.stringKey("exception.type")))
        .isEqualTo(NullPointerException.class.getName());
  }

  @Test
  void callerThatRecoversIsNotAnError() {
    assertThat(traced.recover(new IllegalStateException("transient"))).isEqualTo("recovered");

    assertThat(tracing.only("Failures.throwUnchecked").getStatus().getStatusCode())
        .isEqualTo(StatusCode.ERROR);
    assertThat(tracing.only("Failures.recover").getStatus().getStatusCode())
        .isEqualTo(StatusCode.UNSET);
  }

  @Test
  void callersContextIsCurrentAgainAfterAThrow() {
    Span before = Span.current();

    catchThrowable(() -> traced.throwUnchecked(new IllegalStateException()));

    assertThat(Span.current()).isSameAs(before);
  }

  static void assertErrorSpan(SpanData span, Throwable error, String message) {
    assertThat(span.hasEnded()).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getStatus().getDescription()).isEqualTo(message);
    EventData event = exceptionEvent(span);
    assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.type")))
        .isEqualTo(error.getClass().getName());
    assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.message")))
        .isEqualTo(message);
  }

  static EventData exceptionEvent(SpanData span) {
    assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("exception");
    return span.getEvents().get(0);
  }
}
