package dev.weftrace.weaver.internal;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Small stand-ins shared by this module's tests. */
public final class TestDoubles {

  private TestDoubles() {}

  /** An {@link OpenTelemetry} whose every tracer is {@code tracer}. */
  public static OpenTelemetry withTracer(Tracer tracer) {
    TracerProvider provider =
        new TracerProvider() {
          @Override
          public Tracer get(String instrumentationScopeName) {
            return tracer;
          }

          @Override
          public Tracer get(String instrumentationScopeName, String instrumentationScopeVersion) {
            return tracer;
          }
        };
    return new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        return provider;
      }

      @Override
      public ContextPropagators getPropagators() {
        return ContextPropagators.noop();
      }
    };
  }

  /** Collects what the {@code dev.weftrace} logger logs while {@code action} runs. */
  public static List<LogRecord> logsOf(Runnable action) {
    List<LogRecord> records = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger("dev.weftrace");
    logger.addHandler(capture);
    try {
      action.run();
    } finally {
      logger.removeHandler(capture);
    }
    return records;
  }
}
