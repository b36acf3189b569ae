package dev.weftrace.benchmarks.runtime;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An exporter that drops what it is given after counting it, so that the measured cost is making
 * and ending spans, not sending them. Optionally keeps the spans, for the setup checks only.
 */
public final class DiscardingExporter implements SpanExporter {

  private final List<SpanData> kept;
  private long exported;

  private DiscardingExporter(List<SpanData> kept) {
    this.kept = kept;
  }

  /** Counts and drops: the exporter of the measured SDK. */
  public static DiscardingExporter discarding() {
    return new DiscardingExporter(null);
  }

  /** Counts and keeps every span: for checks outside the measured code. */
  public static DiscardingExporter keeping() {
    return new DiscardingExporter(new ArrayList<>());
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    exported += spans.size();
    if (kept != null) {
      kept.addAll(spans);
    }
    return CompletableResultCode.ofSuccess();
  }

  /** How many spans were exported (single-threaded benchmarks: a plain field is enough). */
  public long exported() {
    return exported;
  }

  /** The spans kept by a {@link #keeping()} exporter. */
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
