package dev.weftrace.processor;

import dev.weftrace.weaver.internal.TagSink;
import java.util.ArrayList;
import java.util.List;

/** A {@link TagSink} that records each call exactly as made, {@code putValue} included. */
final class RecordingTagSink implements TagSink {

  /** One call: the sink method, the key and the value as passed (boxed for primitives). */
  record Call(String method, String key, Object value) {}

  final List<Call> calls = new ArrayList<>();

  @Override
  public void putString(String key, String value) {
    calls.add(new Call("putString", key, value));
  }

  @Override
  public void putLong(String key, long value) {
    calls.add(new Call("putLong", key, value));
  }

  @Override
  public void putDouble(String key, double value) {
    calls.add(new Call("putDouble", key, value));
  }

  @Override
  public void putBoolean(String key, boolean value) {
    calls.add(new Call("putBoolean", key, value));
  }

  @Override
  public void putValue(String key, Object value) {
    calls.add(new Call("putValue", key, value));
  }
}
