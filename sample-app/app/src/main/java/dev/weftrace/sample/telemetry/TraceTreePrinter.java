package dev.weftrace.sample.telemetry;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A span processor that gathers the spans of each trace and hands the trace, rendered by {@link
 * TraceTree}, to a sink once it is complete.
 *
 * <p>A trace is complete when its local root span (no parent, or a remote one) has ended and every
 * span of it that started here has ended too. Waiting for the root alone is not enough: a span of a
 * method that returns a {@code CompletableFuture} ends when the future completes, which may be
 * after the method that called it, even after the root. A span that starts after its trace was
 * printed, and a trace whose spans never all end, are printed by {@link #shutdown()}, marked
 * incomplete.
 *
 * <p>One lock guards the open traces: simple and cheap enough for a console printer.
 */
public final class TraceTreePrinter implements SpanProcessor {

  private final Consumer<List<String>> sink;
  private final Map<String, OpenTrace> open = new HashMap<>();

  /**
   * A printer that hands each complete trace's lines to {@code sink}, from the thread ending it.
   */
  public TraceTreePrinter(Consumer<List<String>> sink) {
    this.sink = sink;
  }

  /** A printer that writes each trace to {@code console} in one piece, followed by a blank line. */
  public static TraceTreePrinter printingTo(PrintStream console) {
    return new TraceTreePrinter(lines -> console.print(String.join("\n", lines) + "\n\n"));
  }

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {
    synchronized (open) {
      traceOf(span).running.add(span.getSpanContext().getSpanId());
    }
  }

  @Override
  public boolean isStartRequired() {
    return true;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    SpanData data = span.toSpanData();
    List<SpanData> complete;
    synchronized (open) {
      OpenTrace trace = traceOf(span);
      trace.running.remove(data.getSpanId());
      trace.ended.add(data);
      trace.rootEnded |=
          !data.getParentSpanContext().isValid() || data.getParentSpanContext().isRemote();
      if (!trace.rootEnded || !trace.running.isEmpty()) {
        return;
      }
      open.remove(data.getTraceId());
      complete = trace.ended;
    }
    sink.accept(TraceTree.render(complete, 0));
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  /** Prints the traces that never completed, each with the number of its spans still running. */
  @Override
  public CompletableResultCode shutdown() {
    List<OpenTrace> incomplete;
    synchronized (open) {
      incomplete = new ArrayList<>(open.values());
      open.clear();
    }
    for (OpenTrace trace : incomplete) {
      if (!trace.ended.isEmpty()) {
        sink.accept(TraceTree.render(trace.ended, trace.running.size()));
      }
    }
    return CompletableResultCode.ofSuccess();
  }

  private OpenTrace traceOf(ReadableSpan span) {
    return open.computeIfAbsent(span.getSpanContext().getTraceId(), id -> new OpenTrace());
  }

  /** The spans of one trace seen so far. Guarded by the printer's lock. */
  private static final class OpenTrace {
    final Set<String> running = new HashSet<>();
    final List<SpanData> ended = new ArrayList<>();
    boolean rootEnded;
  }
}
