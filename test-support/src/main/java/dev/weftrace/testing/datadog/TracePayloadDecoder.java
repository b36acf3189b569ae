package dev.weftrace.testing.datadog;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Decodes the body of a {@code /v0.4/traces} or {@code /v0.3/traces} request: a msgpack array of
 * traces, each an array of span maps. Keys {@link WireSpan} does not keep ({@code meta_struct},
 * span links, ...) are skipped, so a newer agent adding fields does not break decoding; a body that
 * is not of this shape throws.
 */
public final class TracePayloadDecoder {

  /**
   * How many traces and spans one body holds.
   *
   * @param traces the traces in the body
   * @param spans the spans of all of them
   */
  public record Counts(int traces, int spans) {}

  private TracePayloadDecoder() {}

  /** The traces in {@code body}, each a list of its spans in wire order. */
  public static List<List<WireSpan>> decode(byte[] body) throws IOException {
    try (MessageUnpacker in = MessagePack.newDefaultUnpacker(body)) {
      int traceCount = in.unpackArrayHeader();
      List<List<WireSpan>> traces = new ArrayList<>(traceCount);
      for (int t = 0; t < traceCount; t++) {
        int spanCount = in.unpackArrayHeader();
        List<WireSpan> trace = new ArrayList<>(spanCount);
        for (int s = 0; s < spanCount; s++) {
          trace.add(span(in));
        }
        traces.add(trace);
      }
      if (in.hasNext()) {
        throw new IOException("trailing bytes after " + traceCount + " traces");
      }
      return traces;
    }
  }

  /**
   * Counts the traces and spans in {@code body} without decoding the spans, which are skipped value
   * by value: cheaper than {@link #decode}, for a sink that only has to see that everything
   * arrived.
   */
  public static Counts count(byte[] body) throws IOException {
    try (MessageUnpacker in = MessagePack.newDefaultUnpacker(body)) {
      int traces = in.unpackArrayHeader();
      int spans = 0;
      for (int t = 0; t < traces; t++) {
        int traceSpans = in.unpackArrayHeader();
        for (int s = 0; s < traceSpans; s++) {
          in.skipValue();
        }
        spans += traceSpans;
      }
      if (in.hasNext()) {
        throw new IOException("trailing bytes after " + traces + " traces");
      }
      return new Counts(traces, spans);
    }
  }

  private static WireSpan span(MessageUnpacker in) throws IOException {
    String service = null;
    String name = null;
    String resource = null;
    String type = null;
    long traceId = 0;
    long spanId = 0;
    long parentId = 0;
    long start = 0;
    long duration = 0;
    int error = 0;
    Map<String, String> meta = Map.of();
    Map<String, Double> metrics = Map.of();
    int fields = in.unpackMapHeader();
    for (int f = 0; f < fields; f++) {
      String key = in.unpackString();
      if (in.tryUnpackNil()) {
        continue;
      }
      switch (key) {
        case "service" -> service = in.unpackString();
        case "name" -> name = in.unpackString();
        case "resource" -> resource = in.unpackString();
        case "type" -> type = in.unpackString();
        case "trace_id" -> traceId = unsigned64(in);
        case "span_id" -> spanId = unsigned64(in);
        case "parent_id" -> parentId = unsigned64(in);
        case "start" -> start = in.unpackLong();
        case "duration" -> duration = in.unpackLong();
        case "error" -> error = in.unpackInt();
        case "meta" -> meta = strings(in);
        case "metrics" -> metrics = numbers(in);
        default -> in.skipValue();
      }
    }
    return new WireSpan(
        service, name, resource, traceId, spanId, parentId, start, duration, error, meta, metrics,
        type);
  }

  /** Ids are uint64 on the wire; values above {@code Long.MAX_VALUE} keep their bit pattern. */
  private static long unsigned64(MessageUnpacker in) throws IOException {
    if (in.getNextFormat() == MessageFormat.UINT64) {
      BigInteger value = in.unpackBigInteger();
      return value.longValue();
    }
    return in.unpackLong();
  }

  private static Map<String, String> strings(MessageUnpacker in) throws IOException {
    int size = in.unpackMapHeader();
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(in.unpackString(), in.unpackString());
    }
    return map;
  }

  private static Map<String, Double> numbers(MessageUnpacker in) throws IOException {
    int size = in.unpackMapHeader();
    Map<String, Double> map = new HashMap<>();
    for (int i = 0; i < size; i++) {
      String key = in.unpackString();
      ValueType type = in.getNextFormat().getValueType();
      double value =
          switch (type) {
            case FLOAT -> in.unpackDouble();
            case INTEGER -> in.unpackBigInteger().doubleValue();
            default -> throw new IOException("metric " + key + " is a " + type + ", not a number");
          };
      map.put(key, value);
    }
    return map;
  }
}
