package dev.weftrace.weaver.internal;

/**
 * Rethrows any {@link Throwable} from code that may not declare it. The woven advice catches
 * whatever the traced method throws, records it, and must rethrow the very same instance, checked
 * or not: AspectJ's {@code around} advice cannot declare {@code throws Throwable}.
 */
public final class Sneaky {

  private Sneaky() {}

  /**
   * Throws {@code failure} unchanged. Declared to return an exception so that callers can write
   * {@code throw Sneaky.rethrow(e)} and keep the compiler's flow analysis.
   */
  public static RuntimeException rethrow(Throwable failure) {
    throw Sneaky.<RuntimeException>uncheckedThrow(failure);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T uncheckedThrow(Throwable failure) throws T {
    throw (T) failure;
  }
}
