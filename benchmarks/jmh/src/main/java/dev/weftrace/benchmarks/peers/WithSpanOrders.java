package dev.weftrace.benchmarks.peers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;

/**
 * The measured method as an OpenTelemetry Java agent user writes it: {@code @WithSpan} with two
 * {@code @SpanAttribute} parameters, instrumented by the agent when the class loads. Nothing here
 * is woven by weftrace (no weftrace annotation).
 */
public class WithSpanOrders {

  /** Span {@code WithSpanOrders.price} with attributes {@code order.id} and {@code order.lines}. */
  @WithSpan
  public int price(
      @SpanAttribute("order.id") String orderId, @SpanAttribute("order.lines") int lines) {
    return Workload.quote(orderId, lines);
  }

  /**
   * Annotated exactly as {@link #price}, for the setup check only: what the agent made current
   * inside the method, read while it runs (a span cannot be inspected once it has ended, and with
   * exporter {@code none} it goes nowhere to be seen).
   */
  @WithSpan
  public Observed probe(
      @SpanAttribute("order.id") String orderId, @SpanAttribute("order.lines") int lines) {
    Span current = Span.current();
    return new Observed(current.isRecording(), current.getSpanContext());
  }

  /**
   * The span current inside {@link #probe}.
   *
   * @param recording whether it recorded (sampled, attributes kept)
   * @param context its ids
   */
  public record Observed(boolean recording, SpanContext context) {}
}
