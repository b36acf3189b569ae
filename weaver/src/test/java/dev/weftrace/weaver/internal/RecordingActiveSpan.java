package dev.weftrace.weaver.internal;

import java.util.ArrayList;
import java.util.List;

/** An {@link ActiveSpan} that records what the engine does with it, and can be made to throw. */
final class RecordingActiveSpan implements ActiveSpan {

  final List<String> tags = new ArrayList<>();
  final List<Throwable> finishedWith = new ArrayList<>();
  final List<Boolean> errors = new ArrayList<>();
  int finishes;
  int scopeCloses;
  private final boolean broken;

  private RecordingActiveSpan(boolean broken) {
    this.broken = broken;
  }

  static RecordingActiveSpan working() {
    return new RecordingActiveSpan(false);
  }

  /** Throws from {@link #closeScope()} and {@link #finish}, after recording the call. */
  static RecordingActiveSpan broken() {
    return new RecordingActiveSpan(true);
  }

  @Override
  public void closeScope() {
    scopeCloses++;
    if (broken) {
      throw new IllegalStateException("scope broken");
    }
  }

  @Override
  public void finish(Throwable thrown, boolean error) {
    finishes++;
    finishedWith.add(thrown);
    errors.add(error);
    if (broken) {
      throw new IllegalStateException("end broken");
    }
  }

  @Override
  public void putString(String key, String value) {
    tags.add(key + "=" + value);
  }

  @Override
  public void putLong(String key, long value) {
    tags.add(key + "=" + value);
  }

  @Override
  public void putDouble(String key, double value) {
    tags.add(key + "=" + value);
  }

  @Override
  public void putBoolean(String key, boolean value) {
    tags.add(key + "=" + value);
  }
}
