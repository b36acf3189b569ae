package dev.weftrace.weaver.internal;

/**
 * A {@link TagSink} over a tracer's span or span builder that leaves out {@code null} strings and
 * caps the others (see {@link TagValues}), so that each bridge only says where a value goes. Public
 * because the bridges' sinks, one package per backend, extend it.
 */
public abstract class BoundedTagSink implements TagSink {

  @Override
  public final void putString(String key, String value) {
    if (value != null) {
      putBoundedString(key, TagValues.capped(value));
    }
  }

  /** Records a string that is not {@code null} and within bounds. */
  protected abstract void putBoundedString(String key, String value);
}
