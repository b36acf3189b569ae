package dev.weftrace.benchmarks.runtime;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;

/**
 * The measured methods instrumented by hand with the OpenTelemetry API, the way its documentation
 * shows: span builder with kind and two attributes (with keys made once), {@code makeCurrent} in
 * try-with-resources, on a throw the status (with the message) and the exception, and the span
 * ended in {@code finally}, or for the future when it completes. Same bodies, same span names and
 * attribute keys as {@link TracedOrders}.
 */
public class HandTracedOrders {

  /**
   * The attribute keys, made once, as hand-written instrumentation that cares about cost keeps
   * them: {@code setAttribute(String, ...)} would make a new key on every call (64 B for these two;
   * the runs before 2026-12-07 measured that form).
   */
  private static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("order.id");

  private static final AttributeKey<Long> ORDER_LINES = AttributeKey.longKey("order.lines");

  private final Tracer tracer;

  /** Makes spans with {@code tracer}. */
  public HandTracedOrders(Tracer tracer) {
    this.tracer = tracer;
  }

  /** {@link Pricing#quote} in span {@code TracedOrders.price}. */
  @SuppressWarnings("try") // the scope is only closed
  public int price(String orderId, int lines) {
    Span span =
        tracer
            .spanBuilder("TracedOrders.price")
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute(ORDER_ID, orderId)
            .setAttribute(ORDER_LINES, (long) lines)
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      return Pricing.quote(orderId, lines);
    } catch (Throwable error) {
      span.setStatus(StatusCode.ERROR, error.getMessage());
      span.recordException(error);
      throw error;
    } finally {
      span.end();
    }
  }

  /**
   * {@link Pricing#quote} in an already completed future, in span {@code TracedOrders.priceLater}.
   */
  @SuppressWarnings("try") // the scope is only closed
  public CompletableFuture<Integer> priceLater(String orderId, int lines) {
    Span span =
        tracer
            .spanBuilder("TracedOrders.priceLater")
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute(ORDER_ID, orderId)
            .setAttribute(ORDER_LINES, (long) lines)
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      CompletableFuture<Integer> result =
          CompletableFuture.completedFuture(Pricing.quote(orderId, lines));
      result.whenComplete(
          (value, error) -> {
            if (error != null) {
              span.setStatus(StatusCode.ERROR, error.getMessage());
              span.recordException(error);
            }
            span.end();
          });
      return result;
    } catch (Throwable error) {
      span.setStatus(StatusCode.ERROR, error.getMessage());
      span.recordException(error);
      span.end();
      throw error;
    }
  }
}
