package dev.weftrace.benchmarks.startup.harness;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * Counts the traces and spans in a Datadog {@code /v0.4/traces} payload without decoding them: the
 * payload is a MessagePack array of traces, each an array of spans, each span a map, which is
 * skipped value by value. Enough for the sink to check that every order's trace arrived with all
 * its spans.
 */
final class TracePayload {

  /** Traces and spans in one payload. */
  record Counts(int traces, int spans) {}

  private final ByteBuffer in;

  private TracePayload(byte[] body) {
    this.in = ByteBuffer.wrap(body);
  }

  /**
   * Counts what {@code body} holds.
   *
   * @throws IllegalArgumentException if it is not an array of arrays of MessagePack values
   */
  static Counts count(byte[] body) {
    try {
      return new TracePayload(body).countTraces();
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("truncated payload of " + body.length + " bytes", e);
    }
  }

  private Counts countTraces() {
    int traces = arrayHeader();
    int spans = 0;
    for (int t = 0; t < traces; t++) {
      int traceSpans = arrayHeader();
      for (int s = 0; s < traceSpans; s++) {
        skipValue();
      }
      spans += traceSpans;
    }
    return new Counts(traces, spans);
  }

  private int arrayHeader() {
    int b = in.get() & 0xff;
    if ((b & 0xf0) == 0x90) {
      return b & 0x0f;
    }
    if (b == 0xdc) {
      return in.getShort() & 0xffff;
    }
    if (b == 0xdd) {
      return in.getInt();
    }
    throw new IllegalArgumentException("expected an array, found type byte 0x" + hex(b));
  }

  /** Skips one value of any MessagePack type, with everything nested in it. */
  private void skipValue() {
    int b = in.get() & 0xff;
    if (b <= 0x7f || b >= 0xe0 || b == 0xc0 || b == 0xc2 || b == 0xc3) {
      return; // fixint, nil, boolean: the type byte is the value
    }
    switch (b & 0xf0) {
      case 0x80 -> skipValues(2 * (b & 0x0f)); // fixmap
      case 0x90 -> skipValues(b & 0x0f); // fixarray
      case 0xa0, 0xb0 -> skip(b & 0x1f); // fixstr
      default -> skipTyped(b);
    }
  }

  private void skipTyped(int b) {
    switch (b) {
      case 0xcc, 0xd0 -> skip(1);
      case 0xcd, 0xd1 -> skip(2);
      case 0xca, 0xce, 0xd2 -> skip(4);
      case 0xcb, 0xcf, 0xd3 -> skip(8);
      case 0xc4, 0xd9 -> skip(in.get() & 0xff); // bin8, str8
      case 0xc5, 0xda -> skip(in.getShort() & 0xffff); // bin16, str16
      case 0xc6, 0xdb -> skip(in.getInt()); // bin32, str32
      case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8 -> skip(1 + (1 << (b - 0xd4))); // fixext: type + data
      case 0xc7 -> skip(1 + (in.get() & 0xff)); // ext8
      case 0xc8 -> skip(1 + (in.getShort() & 0xffff)); // ext16
      case 0xc9 -> skip(1 + in.getInt()); // ext32
      case 0xdc -> skipValues(in.getShort() & 0xffff); // array16
      case 0xdd -> skipValues(in.getInt()); // array32
      case 0xde -> skipValues(2 * (in.getShort() & 0xffff)); // map16
      case 0xdf -> skipValues(2 * in.getInt()); // map32
      default -> throw new IllegalArgumentException("unknown type byte 0x" + hex(b));
    }
  }

  private void skipValues(int count) {
    for (int i = 0; i < count; i++) {
      skipValue();
    }
  }

  private void skip(int bytes) {
    if (bytes < 0 || bytes > in.remaining()) {
      throw new BufferUnderflowException();
    }
    in.position(in.position() + bytes);
  }

  private static String hex(int b) {
    return Integer.toHexString(b);
  }
}
