package dev.weftrace.testing.otel;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A span exporter that drops what it is given after counting it, so that a benchmark measures
 * making and ending spans, not sending them. It can also count roots (spans without a parent) or
 * keep every span, for checks outside the measured code; the plain {@link #discarding()} one does
 * nothing else, so the measured path pays for one field increment.
 *
 * <p>The counts are plain fields: the SDK never calls {@link #export} concurrently (the {@code
 * SpanExporter} contract), and a reader on another thread reads them after the span processor's
 * {@code shutdown()} or {@code forceFlush()} has completed, which publishes them.
 */
public final class CountingSpanExporter implements SpanExporter {

  private final boolean countRoots;
  private final List<SpanData> kept;
  private long spans;
  private long roots;

  private CountingSpanExporter(boolean countRoots, List<SpanData> kept) {
    this.countRoots = countRoots;
    this.kept = kept;
  }

  /** Counts spans and drops them. */
  public static CountingSpanExporter discarding() {
    return new CountingSpanExporter(false, null);
  }

  /** Counts spans and, among them, roots, and drops them. */
  public static CountingSpanExporter countingRoots() {
    return new CountingSpanExporter(true, null);
  }

  /** Counts and keeps every span. */
  public static CountingSpanExporter keeping() {
    return new CountingSpanExporter(false, new ArrayList<>());
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> batch) {
    spans += batch.size();
    if (countRoots) {
      for (SpanData span : batch) {
        if (!span.getParentSpanContext().isValid()) {
          roots++;
        }
      }
    }
    if (kept != null) {
      kept.addAll(batch);
    }
    return CompletableResultCode.ofSuccess();
  }

  /** How many spans were exported. */
  public long spans() {
    return spans;
  }

  /** How many exported spans had no parent; 0 unless made by {@link #countingRoots()}. */
  public long roots() {
    return roots;
  }

  /** The spans kept by a {@link #keeping()} exporter. */
  public List<SpanData> kept() {
    if (kept == null) {
      throw new IllegalStateException("this exporter keeps no spans: make it with keeping()");
    }
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
