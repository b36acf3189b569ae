package dev.weftrace.e2e;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * An application that makes spans of its own with the OpenTelemetry API around and inside a woven
 * {@code @Trace} method: {@code app.outer} → {@code Relay.forward} → {@code app.inner}, one trace.
 * Whichever API weftrace uses under the agent, the three must chain.
 */
public final class MixedApisProgram {

  private MixedApisProgram() {}

  public static void main(String[] args) {
    Tracer app = GlobalOpenTelemetry.getTracer("e2e-app");
    Span outer = app.spanBuilder("app.outer").startSpan();
    try (Scope ignored = outer.makeCurrent()) {
      String result =
          new Relay()
              .forward(
                  "one",
                  () -> {
                    Span inner = app.spanBuilder("app.inner").startSpan();
                    inner.end();
                    return "inner done";
                  });
      System.out.println(result);
    } finally {
      outer.end();
    }
  }
}
