package dev.weftrace.benchmarks.peers;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A span exporter that counts what it is given and drops it (the measured SDK, so that the cost is
 * making and ending spans, not sending them), or keeps it (setup checks only).
 */
public final class CountingExporter implements SpanExporter {

  private final List<SpanData> kept;
  private long exported;

  private CountingExporter(List<SpanData> kept) {
    this.kept = kept;
  }

  /** Counts and drops. */
  public static CountingExporter discarding() {
    return new CountingExporter(null);
  }

  /** Counts and keeps every span. */
  public static CountingExporter keeping() {
    return new CountingExporter(new ArrayList<>());
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    exported += spans.size(); // single-threaded benchmarks, synchronous processor
    if (kept != null) {
      kept.addAll(spans);
    }
    return CompletableResultCode.ofSuccess();
  }

  /** How many spans were exported. */
  public long exported() {
    return exported;
  }

  /** The spans a {@link #keeping()} exporter kept. */
  public List<SpanData> kept() {
    return List.copyOf(kept);
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
