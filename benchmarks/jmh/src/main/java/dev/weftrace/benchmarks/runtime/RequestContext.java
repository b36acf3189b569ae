package dev.weftrace.benchmarks.runtime;

import dev.weftrace.annotation.Trace;
import io.opentelemetry.context.Context;

/**
 * The context inside a woven {@code @Trace} method: its span current and weftrace's local-root
 * record in place, as it is for every span of a request below the first traced method.
 */
public class RequestContext {

  /** Span {@code RequestContext.capture}; returns the context current while it runs. */
  @Trace
  public Context capture() {
    return Context.current();
  }
}
