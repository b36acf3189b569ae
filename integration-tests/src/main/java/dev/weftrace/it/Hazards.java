package dev.weftrace.it;

import dev.weftrace.annotation.SpanTag;
import dev.weftrace.annotation.Trace;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/** Traced methods that try to break the promise that tracing never changes what code does. */
public class Hazards {

  /** A value whose {@code toString} throws, or recurses until the stack overflows. */
  public static final class Hostile {
    private final boolean recurse;

    public Hostile(boolean recurse) {
      this.recurse = recurse;
    }

    @Override
    public String toString() {
      if (recurse) {
        return "again " + this;
      }
      throw new IllegalStateException("toString refused");
    }
  }

  /** Expected outcomes that are not errors. */
  @Trace(ignoreExceptions = {NoSuchElementException.class, IllegalArgumentException.class})
  public String find(String key) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("empty key");
    }
    if (key.equals("missing")) {
      throw new NoSuchElementException(key);
    }
    if (key.equals("broken")) {
      throw new IllegalStateException("store down");
    }
    return "value of " + key;
  }

  @Trace(ignoreExceptions = NoSuchElementException.class)
  public CompletableFuture<String> findLater(CompletableFuture<String> pending) {
    return pending;
  }

  /** Recurses without end: each level is traced, until the stack overflows. */
  @Trace
  public int bottomless(int depth) {
    return bottomless(depth + 1) + 1;
  }

  /** The finally block's exception replaces the body's, as in plain Java. */
  @Trace
  public void throwsFromFinally() {
    try {
      throw new IllegalStateException("from body");
    } finally {
      throwFromFinally();
    }
  }

  private static void throwFromFinally() {
    throw new UnsupportedOperationException("from finally");
  }

  @Trace
  public String describe(@SpanTag("subject") Object subject, @SpanTag("note") String note) {
    return "described";
  }

  @Trace
  public int count(@SpanTag("ids") long[] ids) {
    return ids.length;
  }
}
