package dev.weftrace.benchmarks.startup;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A span exporter that discards what it is given after counting it: spans, and among them roots
 * (spans without a parent). It stands in for a real exporter without a network or a receiver, so
 * the weftrace variant pays for recording and batching spans but not for sending them.
 */
final class CountingExporter implements SpanExporter {

  private final AtomicLong spans = new AtomicLong();
  private final AtomicLong roots = new AtomicLong();

  @Override
  public CompletableResultCode export(Collection<SpanData> batch) {
    long batchRoots = 0;
    for (SpanData span : batch) {
      if (!span.getParentSpanContext().isValid()) {
        batchRoots++;
      }
    }
    spans.addAndGet(batch.size());
    roots.addAndGet(batchRoots);
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }

  /** Spans exported so far. */
  long spans() {
    return spans.get();
  }

  /** Exported spans that had no parent. */
  long roots() {
    return roots.get();
  }
}
