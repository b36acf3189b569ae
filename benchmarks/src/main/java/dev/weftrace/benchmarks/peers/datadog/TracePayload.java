package dev.weftrace.benchmarks.peers.datadog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Decodes the body of a {@code /v0.4/traces} (or {@code /v0.3/traces}) request: a msgpack array of
 * traces, each an array of spans, each a map. Keeps the operation name, resource, {@code meta} and
 * {@code metrics} of each span and skips the rest.
 */
final class TracePayload {

  private TracePayload() {}

  /** Every span of every trace in {@code body}. */
  static List<SinkSpan> decode(byte[] body) throws IOException {
    List<SinkSpan> spans = new ArrayList<>();
    try (MessageUnpacker in = MessagePack.newDefaultUnpacker(body)) {
      int traces = in.unpackArrayHeader();
      for (int t = 0; t < traces; t++) {
        int count = in.unpackArrayHeader();
        for (int s = 0; s < count; s++) {
          spans.add(span(in));
        }
      }
    }
    return spans;
  }

  private static SinkSpan span(MessageUnpacker in) throws IOException {
    String name = null;
    String resource = null;
    Map<String, String> meta = Map.of();
    Map<String, Double> metrics = Map.of();
    int fields = in.unpackMapHeader();
    for (int f = 0; f < fields; f++) {
      String key = in.unpackString();
      if (in.getNextFormat() == MessageFormat.NIL) {
        in.unpackNil();
        continue;
      }
      switch (key) {
        case "name" -> name = in.unpackString();
        case "resource" -> resource = in.unpackString();
        case "meta" -> meta = strings(in);
        case "metrics" -> metrics = numbers(in);
        default -> in.skipValue();
      }
    }
    return new SinkSpan(name, resource, meta, metrics);
  }

  private static Map<String, String> strings(MessageUnpacker in) throws IOException {
    Map<String, String> map = new HashMap<>();
    int entries = in.unpackMapHeader();
    for (int e = 0; e < entries; e++) {
      String key = in.unpackString();
      if (in.getNextFormat().getValueType() == ValueType.STRING) {
        map.put(key, in.unpackString());
      } else {
        in.skipValue();
      }
    }
    return map;
  }

  private static Map<String, Double> numbers(MessageUnpacker in) throws IOException {
    Map<String, Double> map = new HashMap<>();
    int entries = in.unpackMapHeader();
    for (int e = 0; e < entries; e++) {
      String key = in.unpackString();
      ValueType type = in.getNextFormat().getValueType();
      if (type == ValueType.FLOAT) {
        map.put(key, in.unpackDouble());
      } else if (type == ValueType.INTEGER) {
        map.put(key, (double) in.unpackLong());
      } else {
        in.skipValue();
      }
    }
    return map;
  }
}
